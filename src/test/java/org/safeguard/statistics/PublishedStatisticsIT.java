package org.safeguard.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Three cases of 2016 with known subjects, victims, investigations, measures and engagements,
 * counted the organisation's way: once per personnel category and nationality of a case.
 * Nothing else in the test database was received in 2016.
 */
@SafeguardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedStatisticsIT {

    static final String VICTIM_NAME = "Zoraida Quintanilla-Vexley";
    static final String VICTIM_CONTACT = "+236 75 31 86 42";

    @LocalServerPort
    int port;

    @Autowired
    CaseFiles cases;

    @Autowired
    PublishedStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    Api api;
    String mixed;
    String police;
    String october;

    @BeforeAll
    void threeCasesOf2016() {
        api = new Api(port);
        // Two military contingent members and a civilian, all Canadian; a girl and a woman.
        mixed = intake(AllegationJson.anAllegation()
                .receivedAt("2016-08-14T09:00:00Z")
                .incidentOn("2016-08-01")
                .ofType(AllegationType.SEXUAL_ASSAULT)
                .withOnlySubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "A")
                .withSubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "B")
                .withSubject(PersonnelCategory.CIVILIAN_STAFF, "CA", null)
                .withoutVictims()
                .withVictim(VICTIM_NAME, AgeGroup.CHILD, Sex.FEMALE, VICTIM_CONTACT, true)
                .withVictim("Second Victim", AgeGroup.ADULT, Sex.FEMALE, null, false));
        police = intake(AllegationJson.anAllegation()
                .receivedAt("2016-09-30T23:59:00Z")
                .incidentOn("2016-09-20")
                .subjectIn(PersonnelCategory.FORMED_POLICE_UNIT)
                .subjectOf("UY")
                .withAdultVictim()
                .victimSex(Sex.MALE));
        october = intake(
                AllegationJson.anAllegation().receivedAt("2016-10-01T00:00:00Z").incidentOn("2016-09-28"));

        long contingent = group(mixed, PersonnelCategory.MILITARY_CONTINGENT);
        jdbc.update(
                "INSERT INTO investigation (case_reference, subject_group_id, investigating_body, started_at, due_at,"
                        + " finding, closed_at) VALUES (?, ?, 'MEMBER_STATE', ?, ?, 'SUBSTANTIATED', ?)",
                mixed,
                contingent,
                at("2016-08-20T00:00:00Z"),
                at("2016-11-20T00:00:00Z"),
                at("2016-10-30T00:00:00Z"));
        jdbc.update("UPDATE subject_group SET outcome = 'SUBSTANTIATED' WHERE id = ?", contingent);
        jdbc.update(
                "INSERT INTO accountability_measure (case_reference, subject_group_id, kind, recorded_at, recorded_by)"
                        + " VALUES (?, ?, 'SCREENING_ENTRY', ?, 'manager')",
                mixed,
                contingent,
                at("2016-11-02T00:00:00Z"));
        engagement(mixed, contingent, "PATERNITY");
        long followUp = engagement(mixed, contingent, "ACTIONS_TAKEN");
        jdbc.update(
                "INSERT INTO engagement_step (engagement_id, kind, occurred_at, detail_code) VALUES"
                        + " (?, 'REPLY_RECEIVED', ?, 'ACTIONS_REPORTED')",
                followUp,
                at("2016-12-01T00:00:00Z"));
        long reply = jdbc.queryForObject(
                "SELECT MAX(id) FROM engagement_step WHERE engagement_id = ?", Long.class, followUp);
        jdbc.update(
                "INSERT INTO engagement_action (step_id, kind, taken_on) VALUES (?, 'JUDICIAL', ?)",
                reply,
                Date.valueOf("2016-11-28"));
        jdbc.update(
                "INSERT INTO investigation (case_reference, subject_group_id, investigating_body, started_at, due_at)"
                        + " VALUES (?, ?, 'OIOS', ?, ?)",
                police,
                group(police, PersonnelCategory.FORMED_POLICE_UNIT),
                at("2016-10-02T00:00:00Z"),
                at("2017-01-02T00:00:00Z"));
    }

    @Test
    void a_case_is_counted_once_per_personnel_category_and_nationality_with_its_victims_on_each_row() {
        List<PublishedRow> rows = asManager(() -> statistics.of(Period.quarter("period", "2016-Q3")));

        assertThat(rows)
                .extracting(PublishedRow::caseReference, PublishedRow::personnelCategory, PublishedRow::nationality)
                .containsExactly(
                        tuple(mixed, PersonnelCategory.CIVILIAN_STAFF, "CA"),
                        tuple(mixed, PersonnelCategory.MILITARY_CONTINGENT, "CA"),
                        tuple(police, PersonnelCategory.FORMED_POLICE_UNIT, "UY"));
        PublishedRow civilian = rows.get(0);
        PublishedRow contingent = rows.get(1);
        PublishedRow formedPolice = rows.get(2);
        for (PublishedRow row : List.of(civilian, contingent)) {
            assertThat(row.victimTotal()).isEqualTo(2);
            assertThat(row.victims(AgeGroup.CHILD, Sex.FEMALE)).isEqualTo(1);
            assertThat(row.victims(AgeGroup.ADULT, Sex.FEMALE)).isEqualTo(1);
        }
        assertThat(formedPolice.victimTotal()).isEqualTo(1);
        assertThat(formedPolice.victims(AgeGroup.ADULT, Sex.MALE)).isEqualTo(1);
    }

    @Test
    void each_row_has_its_own_investigation_status_outcome_actions_and_paternity_claims() {
        List<PublishedRow> rows = asManager(() -> statistics.of(Period.quarter("period", "2016-Q3")));
        PublishedRow civilian = rows.get(0);
        PublishedRow contingent = rows.get(1);
        PublishedRow formedPolice = rows.get(2);

        assertThat(contingent.investigationStatus()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(contingent.investigatingBody()).isEqualTo("MEMBER_STATE");
        assertThat(contingent.outcome()).isEqualTo("SUBSTANTIATED");
        assertThat(contingent.actionsTaken()).containsExactly("JUDICIAL", "SCREENING_ENTRY");
        assertThat(contingent.paternityClaims()).isEqualTo(1);
        assertThat(civilian.investigationStatus()).isEqualTo(InvestigationStatus.PENDING);
        assertThat(civilian.outcome()).isNull();
        assertThat(civilian.actionsTaken()).isEmpty();
        assertThat(civilian.paternityClaims()).isZero();
        assertThat(formedPolice.investigationStatus()).isEqualTo(InvestigationStatus.ONGOING);
        assertThat(formedPolice.received().toString()).isEqualTo("2016-09");
    }

    @Test
    void a_year_holds_its_four_quarters_and_a_quarter_ends_at_midnight_utc() {
        assertThat(asManager(() -> statistics.of(Period.quarterOrYear("period", "2016"))))
                .extracting(PublishedRow::caseReference)
                .containsExactly(mixed, mixed, police, october);
        assertThat(asManager(() -> statistics.of(Period.quarter("period", "2016-Q4"))))
                .extracting(PublishedRow::caseReference)
                .containsExactly(october);
    }

    @Test
    void the_csv_counts_the_same_rows_and_holds_no_victim_name_pseudonym_or_contact() {
        HttpResponse<String> csv = api.getAccepting("manager", "/api/statistics.csv?period=2016-Q3", "*/*");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String body = csv.body();
        assertThat(body.split("\r\n")).hasSize(4);
        List<String> pseudonyms = jdbc.queryForList(
                "SELECT v.pseudonym FROM victim v JOIN case_file c ON c.id = v.case_id"
                        + " WHERE c.reference IN (?, ?)",
                String.class,
                mixed,
                police);
        assertThat(pseudonyms).hasSize(3);
        assertThat(body)
                .doesNotContain(VICTIM_NAME)
                .doesNotContain(VICTIM_CONTACT)
                .doesNotContain("Second Victim")
                .doesNotContain("narrative as reported")
                .doesNotContain("Jane Example");
        pseudonyms.forEach(pseudonym -> assertThat(body).doesNotContain(pseudonym));
        assertThat(body).contains(mixed + ",MINUSCA,2016-08,MILITARY_CONTINGENT,CA,SEXUAL_ASSAULT,2,");
    }

    @Test
    void the_api_answers_managers_and_auditors_in_json_or_csv_and_refuses_other_roles() {
        HttpResponse<String> json = api.get("auditor", "/api/statistics?period=2016");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(json);
        assertThat(body.get("period").asText()).isEqualTo("2016");
        assertThat(body.get("rows")).hasSize(4);
        assertThat(json.body()).doesNotContain(VICTIM_NAME).doesNotContain("pseudonym");

        HttpResponse<String> csv = api.getAccepting("manager", "/api/statistics?period=2016-Q3", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("case_reference,entity,month_received");

        for (String refused : List.of("focal-ca", "intake", "investigator", "vra", "owner")) {
            assertThat(api.get(refused, "/api/statistics?period=2016").statusCode())
                    .as(refused)
                    .isEqualTo(403);
            assertThat(api.getAccepting(refused, "/api/statistics.csv?period=2016", "text/csv")
                            .statusCode())
                    .as(refused)
                    .isEqualTo(403);
        }
    }

    @Test
    void a_bad_period_is_a_400_naming_the_field() {
        for (String path :
                List.of("/api/statistics?period=2016-Q5", "/api/statistics", "/api/statistics.csv?period=18")) {
            HttpResponse<String> response = api.get("manager", path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(Api.json(response).at("/errors/0/field").asText()).isEqualTo("period");
            assertThat(Api.json(response).at("/errors/0/reason").asText()).contains("2026-Q4");
        }
    }

    private String intake(AllegationJson allegation) {
        HttpResponse<String> response = api.postCase("intake", allegation.json());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).get("reference").asText();
    }

    private long group(String reference, PersonnelCategory category) {
        return jdbc.queryForObject(
                "SELECT g.id FROM subject_group g JOIN case_file c ON c.id = g.case_id"
                        + " WHERE c.reference = ? AND g.personnel_category = ?",
                Long.class,
                reference,
                category.name());
    }

    private long engagement(String reference, long groupId, String purpose) {
        jdbc.update(
                "INSERT INTO engagement (case_reference, subject_group_id, nationality, purpose, status, opened_at)"
                        + " VALUES (?, ?, 'CA', ?, 'OPEN', ?)",
                reference,
                groupId,
                purpose,
                at("2016-11-01T00:00:00Z"));
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM engagement WHERE subject_group_id = ? AND purpose = ?",
                Long.class,
                groupId,
                purpose);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private List<PublishedRow> asManager(Supplier<List<PublishedRow>> work) {
        try (SignedIn signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return work.get();
        }
    }
}
