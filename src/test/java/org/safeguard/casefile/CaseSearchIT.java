package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The case list's filters in SQL: each narrows the rows, they combine, the user's scope still
 * applies, the count is the rows' count, and an export is written to the audit trail. The three
 * cases are received on three days of their own, long ago, so other cases in the shared database
 * stay out of the date range.
 */
@SafeguardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchIT {

    // Days no other test's cases are received on: the database is shared, and a day picked at random
    // once landed in the year PublishedStatisticsIT counts (2016), adding three cases to its totals.
    static final LocalDate FIRST_DAY = LocalDate.of(2003, 3, 3);
    static final LocalDate LAST_DAY = FIRST_DAY.plusDays(2);

    @Autowired
    SecurityContextHolderStrategy contexts;

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    JdbcTemplate jdbc;

    String canadianRape;
    String uruguayanTransactionalSex;
    String canadianRapeInSouthSudan;

    @BeforeAll
    void registerThreeCases() {
        canadianRape = register("intake", "MINUSCA", FIRST_DAY.atTime(10, 0), AllegationType.RAPE, "CA");
        uruguayanTransactionalSex =
                register("intake", "MINUSCA", LAST_DAY.atTime(23, 59), AllegationType.TRANSACTIONAL_SEX, "UY");
        canadianRapeInSouthSudan =
                register("intake-unmiss", "UNMISS", FIRST_DAY.plusDays(1).atTime(8, 0), AllegationType.RAPE, "CA");
    }

    String register(String officer, String entity, LocalDateTime receivedAt, AllegationType type, String nationality) {
        return new Intake(new Api(port))
                .register(
                        officer,
                        AllegationJson.anAllegation()
                                .against(entity)
                                .receivedAt(receivedAt.toInstant(ZoneOffset.UTC))
                                .incidentOn(FIRST_DAY.minusDays(2))
                                .ofType(type)
                                .withOnlySubject(PersonnelCategory.MILITARY_CONTINGENT, nationality, null)
                                .withAdultVictim());
    }

    static CaseFilter inTheTestDays() {
        return new CaseFilter(null, null, null, null, null, FIRST_DAY, LAST_DAY);
    }

    List<String> references(String user, Role role, CaseFilter filter) {
        try (var signedIn = SignedIn.as(contexts, user, role)) {
            List<String> found = cases.search(filter, 0, 100).stream()
                    .map(CaseOverview::reference)
                    .toList();
            assertThat(cases.count(filter)).as("count of " + filter).isEqualTo(found.size());
            return found;
        }
    }

    List<String> managerFinds(CaseFilter filter) {
        return references("manager", Role.MANAGER, filter);
    }

    @Test
    void the_date_range_holds_both_days_whole_newest_case_first() {
        assertThat(managerFinds(inTheTestDays()))
                .containsExactly(canadianRapeInSouthSudan, uruguayanTransactionalSex, canadianRape);
        assertThat(managerFinds(new CaseFilter(null, null, null, null, null, FIRST_DAY, FIRST_DAY.plusDays(1))))
                .containsExactlyInAnyOrder(canadianRape, canadianRapeInSouthSudan);
        // Open-ended, so narrowed to the last day's kind of case: every later case of the shared
        // database would otherwise count, past the page of 100 that is compared with the count.
        assertThat(managerFinds(
                        new CaseFilter(null, "MINUSCA", "UY", null, AllegationType.TRANSACTIONAL_SEX, LAST_DAY, null)))
                .contains(uruguayanTransactionalSex)
                .doesNotContain(canadianRape, canadianRapeInSouthSudan);
    }

    @Test
    void each_filter_narrows_the_list_and_filters_combine() {
        assertThat(managerFinds(new CaseFilter(null, null, "CA", null, null, FIRST_DAY, LAST_DAY)))
                .containsExactlyInAnyOrder(canadianRape, canadianRapeInSouthSudan);
        assertThat(managerFinds(new CaseFilter(null, "MINUSCA", "CA", null, null, FIRST_DAY, LAST_DAY)))
                .containsExactly(canadianRape);
        assertThat(managerFinds(
                        new CaseFilter(null, null, null, null, AllegationType.TRANSACTIONAL_SEX, FIRST_DAY, LAST_DAY)))
                .containsExactly(uruguayanTransactionalSex);
        assertThat(managerFinds(
                        new CaseFilter(canadianRape.toLowerCase(Locale.ROOT), null, null, null, null, null, null)))
                .containsExactly(canadianRape);
        assertThat(managerFinds(new CaseFilter("%", null, null, null, null, FIRST_DAY, LAST_DAY)))
                .isEmpty();
    }

    @Test
    void the_status_filter_finds_the_cases_in_that_status() {
        CaseStatus status;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            status = cases.find(canadianRape).orElseThrow().status();
        }
        CaseStatus other = status == CaseStatus.CLOSED_OTHER ? CaseStatus.SUBSTANTIATED : CaseStatus.CLOSED_OTHER;

        assertThat(managerFinds(new CaseFilter(null, null, null, status, null, FIRST_DAY, LAST_DAY)))
                .contains(canadianRape);
        assertThat(managerFinds(new CaseFilter(null, null, null, other, null, FIRST_DAY, LAST_DAY)))
                .isEmpty();
    }

    @Test
    void the_filters_apply_within_the_users_scope_only() {
        assertThat(references("intake", Role.INTAKE, inTheTestDays()))
                .containsExactly(uruguayanTransactionalSex, canadianRape);
        assertThat(references(
                        "intake-unmiss",
                        Role.INTAKE,
                        new CaseFilter(null, null, "CA", null, null, FIRST_DAY, LAST_DAY)))
                .containsExactly(canadianRapeInSouthSudan);
        assertThat(references(
                        "intake", Role.INTAKE, new CaseFilter(null, "UNMISS", null, null, null, FIRST_DAY, LAST_DAY)))
                .isEmpty();
        assertThat(references("owner", Role.OWNER, inTheTestDays())).isEmpty();
    }

    @Test
    void pages_of_a_filtered_list_follow_one_another() {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(cases.search(inTheTestDays(), 1, 1))
                    .extracting(CaseOverview::reference)
                    .containsExactly(uruguayanTransactionalSex);
            assertThat(cases.search(inTheTestDays(), 3, 10)).isEmpty();
        }
    }

    @Test
    void an_export_returns_every_matching_case_and_is_written_to_the_audit_trail() {
        CaseFilter filter = new CaseFilter(null, null, "CA", null, null, FIRST_DAY, LAST_DAY);
        List<CaseOverview> exported;
        try (var signedIn = SignedIn.as(contexts, "auditor", Role.AUDITOR)) {
            exported = cases.export(filter);
        }

        assertThat(exported)
                .extracting(CaseOverview::reference)
                .containsExactly(canadianRapeInSouthSudan, canadianRape);
        String detail = jdbc.queryForObject(
                "SELECT detail FROM audit_event WHERE action = 'CASE_LIST_EXPORTED'"
                        + " AND actor = 'auditor' ORDER BY id DESC LIMIT 1",
                String.class);
        assertThat(detail).isEqualTo("rows=2;memberState=CA;receivedFrom=" + FIRST_DAY + ";receivedTo=" + LAST_DAY);
    }
}
