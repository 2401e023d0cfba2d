package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The advocate's record of a victim's consent and needs: every answer and assessment kept, newest
 * first, with who recorded it; nobody but the advocates reads it.
 */
@SafeguardIntegrationTest
class VictimRecordsIT {

    @LocalServerPort
    int port;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    VictimRecords records;

    @Autowired
    VictimConsents consents;

    @Autowired
    Assistance assistance;

    @Autowired
    JdbcTemplate jdbc;

    long victimId;

    @BeforeEach
    void aCaseWithAVictim() {
        String reference = Api.json(new Api(port).postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        victimId = jdbc.queryForObject(
                "SELECT v.id FROM victim v JOIN case_file c ON c.id = v.case_id" + " WHERE c.reference = ?",
                Long.class,
                reference);
    }

    @Test
    void an_advocate_reads_every_consent_answer_and_needs_assessment_with_who_recorded_it_newest_first() {
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            consents.record(victimId, ConsentScope.REFERRAL, true, ConsentGiver.PARENT_OR_GUARDIAN);
            assistance.recordNeeds(victimId, List.of(Need.MEDICAL, Need.LEGAL));
            consents.withdraw(victimId, ConsentScope.REFERRAL);
            consents.record(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS, false, ConsentGiver.PARENT_OR_GUARDIAN);
            assistance.recordNeeds(victimId, List.of());

            VictimHistory history = records.of(victimId);

            assertThat(history.consents())
                    .extracting(
                            ConsentRecord::scope,
                            ConsentRecord::given,
                            ConsentRecord::recordedBy,
                            ConsentRecord::withdrawnBy)
                    .containsExactly(
                            tuple(ConsentScope.SHARING_WITH_INVESTIGATORS, false, "vra", null),
                            tuple(ConsentScope.REFERRAL, true, "vra", "vra"));
            assertThat(history.consents().get(1).withdrawnAt())
                    .isAfterOrEqualTo(history.consents().get(1).recordedAt());
            assertThat(history.needs())
                    .extracting(NeedsRecord::needs, NeedsRecord::assessedBy)
                    .containsExactly(tuple(List.of(), "vra"), tuple(List.of(Need.MEDICAL, Need.LEGAL), "vra"));
            assertThat(records.mayRead()).isTrue();
        }
    }

    @Test
    void managers_investigators_and_intake_officers_who_see_the_case_do_not_read_the_victims_record() {
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            consents.record(victimId, ConsentScope.REFERRAL, true, ConsentGiver.PARENT_OR_GUARDIAN);
        }
        for (var role : List.of(
                new Object[] {"manager", Role.MANAGER},
                new Object[] {"intake", Role.INTAKE},
                new Object[] {"investigator", Role.INVESTIGATOR},
                new Object[] {"auditor", Role.AUDITOR})) {
            try (var signedIn = SignedIn.as(contexts, (String) role[0], (Role) role[1])) {
                assertThat(records.mayRead()).as((String) role[0]).isFalse();
                assertThatThrownBy(() -> records.of(victimId))
                        .as((String) role[0])
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void needs_assessed_before_the_history_was_kept_show_as_one_assessment_by_nobody_known() {
        jdbc.update(
                "INSERT INTO assistance_need (victim_id, need, assessed_at) VALUES (?, 'SAFETY', CURRENT_TIMESTAMP)",
                victimId);

        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            assertThat(records.of(victimId).needs())
                    .extracting(NeedsRecord::needs, NeedsRecord::assessedBy)
                    .containsExactly(tuple(List.of(Need.SAFETY), null));
        }
    }
}
