package org.safeguard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void a_failing_part_gets_a_failed_line_and_the_parts_after_it_still_run() throws Exception {
        BenchmarkReport report = run(
                part("first", () -> {
                    throw new IllegalStateException("no database");
                }),
                part("second", () -> List.of(Figure.info("second", "rows", "12"))));

        assertThat(report.failedParts()).containsExactly("first");
        assertThat(table())
                .contains("first   FAILED: java.lang.IllegalStateException: no database")
                .contains("second  rows")
                .contains("FAILED: first");
    }

    @Test
    void each_figure_stands_beside_its_goal_and_the_short_ones_are_counted() throws Exception {
        BenchmarkReport report = run(part(
                "intake",
                () -> List.of(
                        Figure.atLeast("intake", "intakes/s", 151, 150, ""),
                        Figure.atMost("intake", "p95", 120, 100, "ms"),
                        Figure.info("intake", "p50", "40 ms"))));

        assertThat(report.shortFigures()).isEqualTo(1);
        assertThat(table().lines())
                .anyMatch(line -> line.matches("intake +intakes/s +151 +≥ 150 +ok"))
                .anyMatch(line -> line.matches("intake +p95 +120 ms +≤ 100 ms +SHORT"))
                .anyMatch(line -> line.matches("intake +p50 +40 ms"))
                .contains("1 of 2 figures with a goal SHORT; no part failed");
        assertThat(report.markdown()).contains("| intake | p95 | 120 ms | ≤ 100 ms | SHORT |");
    }

    @Test
    void an_unknown_part_is_refused_with_the_names_of_the_known_ones() {
        assertThatThrownBy(() -> Benchmarks.selected("intake,intakes"))
                .hasMessageContaining("[intakes]")
                .hasMessageContaining("commit, engine, intake");
    }

    @Test
    void a_list_of_parts_runs_them_in_the_order_of_all() {
        assertThat(Benchmarks.selected("sla,intake").stream().map(BenchmarkPart::name))
                .containsExactly("intake", "sla");
    }

    private BenchmarkReport run(BenchmarkPart... parts) throws Exception {
        return Benchmarks.run(
                List.of(parts), BenchmarkSize.small(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String table() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private interface Figures {
        List<Figure> get() throws Exception;
    }

    private static BenchmarkPart part(String name, Figures figures) {
        return new BenchmarkPart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Figure> run(BenchmarkSize size) throws Exception {
                return figures.get();
            }
        };
    }
}
