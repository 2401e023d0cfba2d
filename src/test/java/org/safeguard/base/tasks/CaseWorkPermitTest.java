package org.safeguard.base.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseWorkPermitTest {

    @Test
    void the_permit_covers_its_own_task_only_and_only_while_the_work_runs() {
        List<Boolean> seen = new ArrayList<>();

        CaseWorkPermit.completing("task-1", () -> {
            seen.add(CaseWorkPermit.allowsCompletionOf("task-1"));
            seen.add(CaseWorkPermit.allowsCompletionOf("task-2"));
        });

        assertThat(seen).containsExactly(true, false);
        assertThat(CaseWorkPermit.allowsCompletionOf("task-1")).isFalse();
    }

    @Test
    void a_failed_completion_leaves_no_permit_behind() {
        assertThatThrownBy(() -> CaseWorkPermit.completing("task-1", () -> {
                    throw new IllegalStateException("engine refused");
                }))
                .hasMessage("engine refused");

        assertThat(CaseWorkPermit.allowsCompletionOf("task-1")).isFalse();
    }

    @Test
    void a_completion_inside_another_keeps_the_outer_permit() {
        List<Boolean> seen = new ArrayList<>();

        CaseWorkPermit.completing("outer", () -> {
            CaseWorkPermit.completing("inner", () -> seen.add(CaseWorkPermit.allowsCompletionOf("outer")));
            seen.add(CaseWorkPermit.allowsCompletionOf("outer"));
            seen.add(CaseWorkPermit.allowsCompletionOf("inner"));
        });

        assertThat(seen).containsExactly(true, true, false);
    }

    @Test
    void another_thread_has_no_permit() throws InterruptedException {
        List<Boolean> seen = new ArrayList<>();
        CaseWorkPermit.completing("task-1", () -> {
            Thread other = new Thread(() -> seen.add(CaseWorkPermit.allowsCompletionOf("task-1")));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(seen).containsExactly(false);
    }
}
