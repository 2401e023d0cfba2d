package org.safeguard.benchmark;

import java.util.List;

/**
 * One part of {@code ./mvnw -Pbenchmark verify -Dbench=all}, also run alone with
 * {@code -Dbench=<name>}: it starts what it needs (the application on a MariaDB database, a seed),
 * measures, and returns its figures for the one table {@link Benchmarks} prints.
 */
public interface BenchmarkPart {

    /** The value of {@code -Dbench} that runs this part alone. */
    String name();

    /** Runs at the size of {@code size} and returns the figures, each beside its goal where it has one. */
    List<Figure> run(BenchmarkSize size) throws Exception;
}
