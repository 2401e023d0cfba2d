package org.safeguard.workbench;

import java.util.List;
import org.camunda.bpm.engine.ParseException;

/**
 * One thing wrong with a model, on the element it concerns, so an editor can show it there.
 *
 * @param elementId the id of the element (the process's id for process-wide findings)
 * @param rule      a short stable name of the rule, e.g. {@code candidate-group}
 * @param message   what is wrong and why it matters, for the process owner
 */
public record ModelFinding(String elementId, String rule, String message) {

    /** The engine parser's errors, each on its element. */
    public static List<ModelFinding> of(ParseException refused) {
        // sic: the engine spells it so
        return refused.getResorceReports().stream()
                .flatMap(report -> report.getErrors().stream())
                .map(problem -> new ModelFinding(problem.getMainElementId(), "engine-parser", problem.getMessage()))
                .toList();
    }

    @Override
    public String toString() {
        return elementId + ": " + message + " [" + rule + "]";
    }
}
