package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

class EngineApiWritesTest {

    @Test
    void every_refused_command_still_exists_in_the_engine() {
        assertThat(EngineApiWrites.REFUSED)
                .allSatisfy(name ->
                        assertThatCode(() -> Class.forName(name)).as(name).doesNotThrowAnyException());
    }

    @Test
    void completing_and_submitting_a_task_are_refused_to_engine_users() {
        assertThat(EngineApiWrites.refused(CompleteTaskCmd.class)).isTrue();
        assertThat(EngineApiWrites.refused(SubmitTaskFormCmd.class)).isTrue();
    }

    @Test
    void reading_deploying_and_the_operators_repairs_stay_open() {
        assertThat(EngineApiWrites.refused(TaskQueryImpl.class)).isFalse();
        assertThat(EngineApiWrites.refused(DeployCmd.class)).isFalse();
        assertThat(EngineApiWrites.refused(SetJobRetriesCmd.class)).isFalse();
        assertThat(EngineApiWrites.refused(SetJobsRetriesBatchCmd.class)).isFalse();
        assertThat(EngineApiWrites.refused(ResolveIncidentCmd.class)).isFalse();
    }
}
