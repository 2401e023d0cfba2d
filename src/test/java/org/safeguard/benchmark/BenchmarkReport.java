package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table of a run: the machine, then every figure of every part beside its goal. */
record BenchmarkReport(Machine machine, String loadAtEnd, List<PartOutcome> outcomes) {

    private static final List<String> HEADER = List.of("part", "measure", "value", "goal", "verdict");

    long shortFigures() {
        return outcomes.stream()
                .flatMap(o -> o.figures().stream())
                .filter(f -> f.verdict() == Figure.Verdict.SHORT)
                .count();
    }

    long figuresWithGoal() {
        return outcomes.stream()
                .flatMap(o -> o.figures().stream())
                .filter(f -> f.verdict() != Figure.Verdict.INFO)
                .count();
    }

    List<String> failedParts() {
        return outcomes.stream()
                .filter(PartOutcome::failed)
                .map(PartOutcome::part)
                .toList();
    }

    String summary() {
        String failed = failedParts().isEmpty() ? "no part failed" : "FAILED: " + String.join(", ", failedParts());
        return String.format(
                Locale.ROOT, "%d of %d figures with a goal SHORT; %s", shortFigures(), figuresWithGoal(), failed);
    }

    /** Columns padded to their widest cell, for the console. */
    String text() {
        List<List<String>> rows = rows();
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder("Safeguard benchmark\n");
        machine.describe(loadAtEnd)
                .forEach(line -> out.append("  ").append(line).append('\n'));
        out.append('\n');
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                boolean last = i == row.size() - 1;
                line.append(last ? row.get(i) : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append('\n').append(summary()).append('\n').toString();
    }

    /** The same table as Markdown, to paste into docs/performance.md. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        machine.describe(loadAtEnd)
                .forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n');
        List<List<String>> rows = rows();
        out.append(markdownRow(rows.get(0)))
                .append(markdownRow(HEADER.stream().map(h -> "---").toList()));
        rows.stream().skip(1).forEach(row -> out.append(markdownRow(row)));
        return out.append('\n').append(summary()).append('\n').toString();
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PartOutcome outcome : outcomes) {
            if (outcome.failed()) {
                rows.add(List.of(outcome.part(), "FAILED: " + outcome.failure(), "", "", "FAILED"));
            }
            for (Figure figure : outcome.figures()) {
                rows.add(List.of(figure.part(), figure.measure(), figure.value(), figure.goal(), verdict(figure)));
            }
        }
        return rows;
    }

    private static String verdict(Figure figure) {
        return switch (figure.verdict()) {
            case OK -> "ok";
            case SHORT -> "SHORT";
            case INFO -> "";
        };
    }

    private static String markdownRow(List<String> cells) {
        return "| "
                + String.join(
                        " | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }
}
