package org.safeguard.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBinding.Carrier;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.ClockKind;

class ClockInputsTest {

    private final ClockInputs inputs = new ClockInputs(new ClockBindings(
            List.of(
                    ClockBinding.task(ClockKind.NOTE_VERBALE, "engagement", "user_send_note"),
                    new ClockBinding(
                            ClockKind.MEMBER_STATE_REPLY,
                            Carrier.TIMER,
                            "engagement",
                            "timer_reminder",
                            List.of("timer_escalation"),
                            List.of(),
                            true,
                            "intake"),
                    new ClockBinding(
                                    ClockKind.INVESTIGATION,
                                    Carrier.INVESTIGATION,
                                    "investigation",
                                    "sub_clock",
                                    List.of("timer_warning", "timer_breach"),
                                    List.of("dueAt"),
                                    false)
                            .notedBy(List.of("service_record_warning"))),
            "investigationId",
            "nationality",
            "personnelCategory"));

    @Test
    void a_due_warning_of_the_investigation_changes_no_clock() {
        assertThat(List.of(
                        job("investigation", "timer_warning"),
                        activity("investigation", "timer_warning", ActivityTypes.INTERMEDIATE_EVENT_TIMER),
                        activity("investigation", "service_record_warning", ActivityTypes.TASK_SERVICE),
                        variable("warningLevel"),
                        job("investigation", "timer_second_warning")))
                .noneMatch(inputs::mayChange);
    }

    @Test
    void a_clock_timer_and_the_timers_that_move_with_it_change_clocks() {
        assertThat(inputs.mayChange(job("engagement", "timer_reminder"))).isTrue();
        assertThat(inputs.mayChange(job("engagement", "timer_escalation"))).isTrue();
        assertThat(inputs.mayChange(job("investigation", "timer_reminder")))
                .as("another model's element")
                .isFalse();
    }

    @Test
    void an_activity_nobody_listed_changes_clocks_even_when_it_only_notes_something() {
        assertThat(inputs.mayChange(activity("investigation", "service_extend_deadline", ActivityTypes.TASK_SERVICE)))
                .isTrue();
        assertThat(inputs.mayChange(activity("engagement", "service_record_warning", ActivityTypes.TASK_SERVICE)))
                .as("noted in another model")
                .isTrue();
    }

    @Test
    void tasks_process_instances_and_the_variables_a_row_shows_change_clocks() {
        assertThat(inputs.mayChange(new HistoricTaskInstanceEventEntity())).isTrue();
        assertThat(inputs.mayChange(new HistoricProcessInstanceEventEntity())).isTrue();
        assertThat(inputs.mayChange(variable("nationality"))).isTrue();
        assertThat(inputs.mayChange(variable("personnelCategory"))).isTrue();
    }

    private static HistoryEvent job(String processKey, String activityId) {
        HistoricJobLogEventEntity job = new HistoricJobLogEventEntity();
        job.setProcessDefinitionKey(processKey);
        job.setActivityId(activityId);
        return job;
    }

    private static HistoryEvent activity(String processKey, String activityId, String type) {
        HistoricActivityInstanceEventEntity activity = new HistoricActivityInstanceEventEntity();
        activity.setProcessDefinitionKey(processKey);
        activity.setActivityId(activityId);
        activity.setActivityType(type);
        return activity;
    }

    private static HistoryEvent variable(String name) {
        HistoricVariableUpdateEventEntity variable = new HistoricVariableUpdateEventEntity();
        variable.setVariableName(name);
        return variable;
    }
}
