package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.LadderRung;
import org.safeguard.memberstate.MemberStatePortal;

/** The portal names the engagement model's timers and variable without depending on this package: they must agree. */
class PortalReadsTheEngagementModelTest {

    @Test
    void every_rung_of_the_portals_ladder_is_a_timer_of_the_engagement_model() {
        assertThat(Arrays.stream(LadderRung.values()).map(LadderRung::timerId))
                .allSatisfy(id -> assertThat(Element.valueOf(id).id()).isEqualTo(id));
    }

    @Test
    void the_portal_finds_an_engagements_instance_by_the_models_engagement_variable() {
        assertThat(MemberStatePortal.ENGAGEMENT_ID_VARIABLE).isEqualTo(Variables.ENGAGEMENT_ID.name());
    }
}
