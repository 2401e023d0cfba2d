package org.safeguard.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskCountTest {

    @Test
    void up_to_the_limit_the_count_is_exact() {
        assertThat(TaskCount.of(0)).isEqualTo(new TaskCount(0, false));
        assertThat(TaskCount.of(TaskCount.LIMIT)).isEqualTo(new TaskCount(1_000, false));
    }

    @Test
    void one_task_beyond_the_limit_means_more_than_the_limit() {
        assertThat(TaskCount.of(TaskCount.LIMIT + 1L)).isEqualTo(new TaskCount(1_000, true));
    }
}
