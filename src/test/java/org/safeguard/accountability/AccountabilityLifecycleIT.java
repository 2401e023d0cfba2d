package org.safeguard.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The accountability model for staff driven through the feature's service, with the real engine and mapper. */
@SafeguardIntegrationTest
@Transactional
class AccountabilityLifecycleIT {

    @Autowired
    AccountabilityMeasures measures;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void disciplinary_measures_and_the_screening_entry_are_recorded_for_staff() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                "accountability",
                group.caseReference(),
                Map.of(
                        "caseReference",
                        group.caseReference(),
                        "subjectGroupId",
                        group.subjectGroupId(),
                        "personnelCategory",
                        "CIVILIAN_STAFF"));

        measures.decideDisciplinaryMeasures(
                task(instance, "user_decide_disciplinary_measures"),
                new DisciplinaryDecision("Dismissal", "Substantiated exploitation"));
        measures.enterInScreeningDatabase(
                task(instance, "user_enter_screening_database"), new ScreeningEntry("CC-2026-17"));

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT kind FROM accountability_measure WHERE subject_group_id = ? ORDER BY id",
                        String.class,
                        group.subjectGroupId()))
                .containsExactly("DISCIPLINARY", "SCREENING_ENTRY");
    }

    @Test
    void a_task_whose_process_has_no_case_is_not_found_and_says_so() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                "accountability",
                Map.of(
                        "caseReference",
                        group.caseReference(),
                        "subjectGroupId",
                        group.subjectGroupId(),
                        "personnelCategory",
                        "CIVILIAN_STAFF"));
        String taskId = task(instance, "user_decide_disciplinary_measures");

        assertThatThrownBy(() -> measures.decideDisciplinaryMeasures(
                        taskId, new DisciplinaryDecision("Dismissal", "Substantiated exploitation")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Open task " + taskId + " of no case not found");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    private String task(ProcessInstance instance, String step) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(step)
                .singleResult()
                .getId();
    }
}
