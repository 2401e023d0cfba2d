package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SafeguardIntegrationTest
class InterimMeasuresIT {

    @LocalServerPort
    int port;

    @Autowired
    InterimMeasures measures;

    @Autowired
    CaseFiles cases;

    @Autowired
    TaskService tasks;

    @Test
    void a_proposed_repatriation_waits_for_a_manager_and_is_recorded_as_decided() {
        String reference = Api.json(new Api(port).postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        long groupId = cases.subjectGroupIds(reference).get(0);

        long measureId = measures.propose(reference, groupId, InterimMeasureType.REPATRIATION);

        Task decision = tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("user_decide_interim_measure")
                .taskCandidateGroup("manager")
                .singleResult();
        assertThat(tasks.getVariable(decision.getId(), "interimMeasureId")).isEqualTo(measureId);
        measures.decide(decision.getId(), true);

        assertThat(measures.status(measureId)).isEqualTo("APPROVED");
        assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isZero();
    }

    @Test
    void a_measure_for_a_subject_group_of_another_case_is_refused() {
        String reference = Api.json(new Api(port).postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();

        assertThatThrownBy(() -> measures.propose(reference, -1L, InterimMeasureType.CONFINEMENT))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> measures.propose("SEA-1999-000000", null, InterimMeasureType.CONFINEMENT))
                .isInstanceOf(NotFoundException.class);
    }
}
