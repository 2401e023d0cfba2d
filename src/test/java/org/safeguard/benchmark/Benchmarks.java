package org.safeguard.benchmark;

/**
 * The entry point of the {@code benchmark} Maven profile: runs the benchmark named by
 * {@code -Dbench} ({@code intake}, the default, {@code tasklist} or {@code dashboard}).
 */
public final class Benchmarks {

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("bench", "intake");
        switch (name) {
            case "intake" -> IntakeBenchmark.main(args);
            case "tasklist" -> TaskListBenchmark.main(args);
            case "dashboard" -> DashboardBenchmark.main(args);
            default -> throw new IllegalArgumentException("Unknown benchmark " + name
                    + ": intake, tasklist or dashboard");
        }
    }

    private Benchmarks() {
    }
}
