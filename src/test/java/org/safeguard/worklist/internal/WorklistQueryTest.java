package org.safeguard.worklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskQueue;

class WorklistQueryTest {

    static WorklistQuery searching(String text) {
        return new WorklistQuery(
                TaskQueue.MINE, "intake", List.of("intake"), TaskFilter.NONE.withText(text), Instant.EPOCH);
    }

    @Test
    void free_text_matches_anywhere_ignoring_case() {
        assertThat(searching(" SEA-2026 ").textPattern()).isEqualTo("%sea-2026%");
    }

    @Test
    void wildcards_typed_by_the_user_are_taken_literally() {
        assertThat(searching("50%_a!").textPattern()).isEqualTo("%50!%!_a!!%");
    }

    @Test
    void no_text_means_no_text_condition() {
        assertThat(searching("  ").textPattern()).isNull();
    }
}
