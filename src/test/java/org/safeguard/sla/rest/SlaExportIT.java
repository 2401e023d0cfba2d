package org.safeguard.sla.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SLA lists as downloads: the clocks behind a dashboard number as CSV and Excel with the
 * dashboard's filter parameters, and the tallies; a bad filter is a 400 naming it, anyone but a
 * manager gets 403, and no victim data is in the file.
 */
@SafeguardIntegrationTest
class SlaExportIT {

    @LocalServerPort
    int port;

    Api api;
    String reference;

    @BeforeEach
    void registerACaseWhoseAssessmentIsLongOverdue() {
        api = new Api(port);
        HttpResponse<String> created = api.postCase(
                "intake",
                AllegationJson.anAllegation()
                        .receivedAt("2020-02-03T09:00:00Z")
                        .incidentOn("2020-01-20")
                        .json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        reference = Api.json(created).get("reference").asText();
    }

    @Test
    void a_manager_downloads_the_open_breaches_of_a_case_as_csv() {
        HttpResponse<String> csv = api.get(
                "manager",
                "/api/sla-clocks.csv?state=BREACHED&open=true&clock=PRELIMINARY_ASSESSMENT&caseReference=" + reference);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("attachment", "sla-clocks.csv"));
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "Case,Clock,State,Target,Entity,Member State,Allegation type," + "Personnel category,Started");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith(reference + ",Preliminary assessment,Breached,")
                .contains(",MINUSCA,");
        assertThat(csv.body()).doesNotContain("Jane Example", "+236");
    }

    @Test
    void the_same_list_downloads_as_an_excel_workbook() {
        HttpResponse<String> xlsx =
                api.get("manager", "/api/sla-clocks.xlsx?state=BREACHED&caseReference=" + reference);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).as("a zip file").startsWith("PK");
    }

    @Test
    void the_tallies_download_by_the_dimension_asked_for() {
        HttpResponse<String> csv = api.get("manager", "/api/sla-tallies.csv?by=ENTITY&caseReference=" + reference);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().replace("\uFEFF", "")).isEqualTo("Entity,Breached,At risk\r\nMINUSCA,1,0\r\n");
    }

    @Test
    void the_clocks_filter_by_allegation_type_and_personnel_category_as_the_tallies_group_them() {
        String matching = "/api/sla-clocks.csv?state=BREACHED&open=true&caseReference=" + reference
                + "&allegationType=TRANSACTIONAL_SEX&personnelCategory=MILITARY_CONTINGENT";
        String otherCategory = "/api/sla-clocks.csv?caseReference=" + reference + "&personnelCategory=VOLUNTEER";
        String otherType = "/api/sla-clocks.csv?caseReference=" + reference + "&allegationType=RAPE";

        assertThat(lines(matching)).hasSize(2);
        assertThat(lines(otherCategory)).as("the header only").hasSize(1);
        assertThat(lines(otherType)).as("the header only").hasSize(1);
        assertThat(lines("/api/sla-tallies.csv?by=PERSONNEL_CATEGORY&caseReference=" + reference))
                .containsExactly("Personnel category,Breached,At risk", "Military contingent,1,0");
    }

    private String[] lines(String path) {
        HttpResponse<String> csv = api.get("manager", path);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        return csv.body().replace("\uFEFF", "").split("\r\n");
    }

    @Test
    void a_bad_filter_is_refused_naming_the_parameter() {
        HttpResponse<String> refused = api.get("manager", "/api/sla-clocks.csv?state=LATE");
        HttpResponse<String> noDimension = api.get("manager", "/api/sla-tallies.xlsx?by=COLOUR");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("state");
        assertThat(noDimension.statusCode()).isEqualTo(400);
        assertThat(noDimension.body()).contains("by");
    }

    @Test
    void only_managers_download_sla_lists() {
        assertThat(api.get("investigator", "/api/sla-clocks.csv").statusCode()).isEqualTo(403);
        assertThat(api.get("auditor", "/api/sla-clocks.xlsx").statusCode()).isEqualTo(403);
        assertThat(api.get("intake", "/api/sla-tallies.csv?by=CLOCK").statusCode())
                .isEqualTo(403);
    }
}
