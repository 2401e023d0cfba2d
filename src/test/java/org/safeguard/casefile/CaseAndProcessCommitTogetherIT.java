package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The case and its process instance commit together: when the engine fails, nothing stays. */
@SafeguardIntegrationTest
class CaseAndProcessCommitTogetherIT {

    @MockitoSpyBean
    RuntimeService runtime;

    @Autowired
    CaseIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void when_the_lifecycle_cannot_start_the_case_is_not_recorded() {
        doThrow(new ProcessEngineException("engine refused"))
                .when(runtime)
                .startProcessInstanceByKey(eq(SeaCaseProcess.KEY), anyString(), anyMap());
        Tables tables = new Tables(jdbc, runtime);
        Map<String, Long> before = tables.counts();

        var response = new Api(port).postCase("intake", AllegationJson.EXAMPLE, "commit-together-1");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("engine refused").doesNotContain("Exception");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void a_failure_after_the_insert_leaves_neither_case_nor_key_and_a_retry_then_succeeds() {
        doThrow(new ProcessEngineException("engine refused"))
                .when(runtime)
                .startProcessInstanceByKey(eq(SeaCaseProcess.KEY), anyString(), anyMap());
        Tables tables = new Tables(jdbc, runtime);
        Map<String, Long> before = tables.counts();
        Api api = new Api(port);

        assertThat(api.postCase("intake", AllegationJson.EXAMPLE, "commit-together-2")
                        .statusCode())
                .isEqualTo(500);
        assertThat(tables.counts()).isEqualTo(before);

        org.mockito.Mockito.reset(runtime);
        var retry = api.postCase("intake", AllegationJson.EXAMPLE, "commit-together-2");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(tables.counts().get("case_file")).isEqualTo(before.get("case_file") + 1);
        assertThat(tables.counts().get("process instances")).isEqualTo(before.get("process instances") + 1);
    }

    @Test
    void the_service_reports_the_engine_failure_to_its_caller() {
        doThrow(new ProcessEngineException("engine refused"))
                .when(runtime)
                .startProcessInstanceByKey(eq(SeaCaseProcess.KEY), anyString(), anyMap());

        assertThatThrownBy(() -> intake.register(Allegations.anAllegation().build(), null))
                .isInstanceOf(ProcessEngineException.class);
    }
}
