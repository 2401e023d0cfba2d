package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.process.CaseHistory;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The engine records history at Safeguard's level: the case timeline still shows what a decision
 * table decided, while the rows no reader uses (decision evaluations, details of dates and
 * numbers, multi-instance counters, the job log of asynchronous continuations that ran) are not
 * written, and the database still says "full".
 */
@SafeguardIntegrationTest
class CaseHistoryLevelIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    CaseHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    private String reference;

    @BeforeEach
    void a_case_assessed_and_routed_by_the_decision_table() {
        CaseApi cases = new CaseApi(new Api(port), new DueJobs(runtime, management));
        reference = cases.register(AllegationJson.anAllegation());
        cases.assessAsBreach(reference);
    }

    @Test
    void the_timeline_shows_the_routing_decision_table_result() {
        List<EngineActivity> timeline;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            timeline = history.ofCase(reference);
        }

        assertThat(timeline)
                .filteredOn(activity -> activity.activityId().equals("rule_route_subject_group"))
                .singleElement()
                .satisfies(rule -> assertThat(rule.decided()).containsKey("route"));
    }

    @Test
    void rows_no_reader_uses_are_not_written() {
        assertThat(count("SELECT COUNT(*) FROM ACT_HI_DECINST d JOIN ACT_HI_PROCINST p ON p.ID_ = d.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ = ?"))
                .as("decision evaluations")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ACT_HI_DETAIL d JOIN ACT_HI_PROCINST p ON p.ID_ = d.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ = ? AND d.VAR_TYPE_ NOT IN ('string', 'boolean')"))
                .as("details of values the timeline skips")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON p.ID_ = v.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ = ? AND v.NAME_ IN ('loopCounter', 'nrOfInstances')"))
                .as("multi-instance counters")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p ON p.ID_ = v.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ = ? AND v.NAME_ = 'caseReference'"))
                .as("variables themselves are kept")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(*) FROM ACT_HI_JOB_LOG l JOIN ACT_HI_PROCINST p ON p.ID_ = l.PROCESS_INSTANCE_ID_"
                                + " WHERE p.BUSINESS_KEY_ = ? AND l.JOB_DEF_TYPE_ = 'async-continuation'"))
                .as("asynchronous continuations created and done")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM ACT_HI_ACTINST a WHERE a.ACT_ID_ = 'call_victim_assistance#multiInstanceBody'"
                                        + " AND a.PROC_INST_ID_ IN (SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = ?)"))
                .as("the work after an asynchronous boundary is in the activities' history")
                .isPositive();
    }

    @Test
    void the_database_keeps_the_id_of_full_history_so_earlier_databases_start() {
        assertThat(engine.getHistoryLevel().getName()).isEqualTo(CaseHistoryLevel.NAME);
        assertThat(jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class))
                .isEqualTo(String.valueOf(ProcessEngineConfigurationImpl.HISTORYLEVEL_FULL));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, reference);
    }
}
