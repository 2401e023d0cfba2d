package org.safeguard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * CI's run of the benchmark: every part at the small size, in this JVM, on databases of their own
 * (prefixed {@code smoke_}, apart from the tests' and from a real benchmark run's). It proves the
 * command still runs and prints its table; the figures of a loaded CI machine say nothing, so
 * nothing here looks at them.
 */
@EnabledIf(
        value = "org.safeguard.testsupport.TestDatabase#isMariaDb",
        disabledReason = "The benchmark measures MariaDB; once per build is enough")
class BenchmarkSmokeIT {

    @Test
    void every_part_runs_at_the_small_size_and_has_its_lines_in_the_table() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String prefix = System.getProperty("bench.db.prefix");
        System.setProperty("bench.db.prefix", "smoke_");
        BenchmarkReport report;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            report = Benchmarks.run(Benchmarks.parts(), BenchmarkSize.small(), out);
        } finally {
            if (prefix == null) {
                System.clearProperty("bench.db.prefix");
            } else {
                System.setProperty("bench.db.prefix", prefix);
            }
        }
        String table = printed.toString(StandardCharsets.UTF_8);

        assertThat(report.failedParts()).as(table).isEmpty();
        List<String> lines = table.lines().toList();
        for (BenchmarkPart part : Benchmarks.parts()) {
            assertThat(lines).as(table).anyMatch(line -> line.startsWith(part.name() + " "));
        }
        assertThat(Files.readString(Benchmarks.MARKDOWN)).contains("| part | measure | value | goal | verdict |");
    }
}
