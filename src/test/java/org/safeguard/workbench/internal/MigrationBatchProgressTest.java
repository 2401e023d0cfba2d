package org.safeguard.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationBatchProgressTest {

    @Test
    void a_failure_reads_without_the_engines_codes_and_layout() {
        String engine = "ENGINE-23004 Cannot migrate process instance 'pi-1':\n\tCannot migrate activity instance"
                + " 'user_follow_up:ai-2':\n\t\tThere is no migration instruction for this instance's activity\n";

        assertThat(MigrationBatchProgress.readable(engine))
                .isEqualTo("Cannot migrate process instance 'pi-1': Cannot"
                        + " migrate activity instance 'user_follow_up:ai-2': There is no migration instruction for this"
                        + " instance's activity");
    }

    @Test
    void a_failure_without_a_message_still_says_it_failed() {
        assertThat(MigrationBatchProgress.readable(null)).contains("failed");
    }
}
