package org.safeguard.workbench.ui;

import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.safeguard.workbench.ModelFinding;

/** The engine parser's complaints about a model, as findings on their elements. */
final class ParseFindings {

    static List<ModelFinding> of(ParseException refused) {
        // sic: the engine spells it so
        return refused.getResorceReports().stream()
                .flatMap(report -> report.getErrors().stream())
                .map(problem -> new ModelFinding(problem.getMainElementId(), "engine-parser", problem.getMessage()))
                .toList();
    }

    private ParseFindings() {
    }
}
