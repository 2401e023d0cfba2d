package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table row by row: who investigates a subject group of each personnel category. */
class InvestigationRoutingDecisionTest {

    static final DmnEngine DMN =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final DmnDecision ROUTING = parse();

    @ParameterizedTest(name = "{0}, breach {1} -> {2}")
    @CsvSource({
        "CIVILIAN_STAFF,        true,  OVERSIGHT_OFFICE",
        "VOLUNTEER,             true,  OVERSIGHT_OFFICE",
        "CONSULTANT_CONTRACTOR, true,  OVERSIGHT_OFFICE",
        "MILITARY_CONTINGENT,   true,  MEMBER_STATE",
        "FORMED_POLICE_UNIT,    true,  HEAD_OF_MISSION_OR_OVERSIGHT",
        "INDIVIDUAL_POLICE,     true,  HEAD_OF_MISSION_OR_OVERSIGHT",
        "MILITARY_OBSERVER,     true,  HEAD_OF_MISSION_OR_OVERSIGHT",
        "IMPLEMENTING_PARTNER,  true,  RESPONSIBLE_ENTITY",
        "NON_UN_FORCE,          true,  RESPONSIBLE_ENTITY",
        "MILITARY_CONTINGENT,   false, CLOSE",
        "CIVILIAN_STAFF,        false, CLOSE",
        "NON_UN_FORCE,          false, CLOSE"
    })
    void each_personnel_category_is_routed_to_whoever_has_jurisdiction(String category, boolean breach, String route) {
        String result = DMN.evaluateDecisionTable(
                        ROUTING,
                        Variables.createVariables()
                                .putValue("personnelCategory", category)
                                .putValue("breachesStandards", breach))
                .getSingleResult()
                .getSingleEntry();

        assertThat(result).isEqualTo(route);
    }

    private static DmnDecision parse() {
        try (InputStream dmn =
                InvestigationRoutingDecisionTest.class.getResourceAsStream("/processes/investigation-routing.dmn")) {
            return DMN.parseDecision("investigation-routing", dmn);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
