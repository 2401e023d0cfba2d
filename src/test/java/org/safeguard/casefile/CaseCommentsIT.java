package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
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
 * Comments on a case through the service and the API: written by the signed-in user at the app
 * clock's time, newest first, refused when blank or too long, in the audit trail without their
 * text, and only for those who see the case (focal points and process owners neither read nor write).
 */
@SafeguardIntegrationTest
class CaseCommentsIT {

    @LocalServerPort
    int port;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    CaseComments comments;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String reference;

    @BeforeEach
    void registerACase() {
        api = new Api(port);
        // MINUSCA's, with one Canadian subject group.
        reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
    }

    @Test
    void a_comment_is_the_signed_in_users_at_the_clocks_time_and_comments_list_newest_first() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            comments.add(reference, "  Called the focal point of the mission.  ");
            comments.add(reference, "Second thought.");
        }
        Instant after = clock.instant();

        List<CaseComment> listed;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            listed = comments.ofCase(reference);
        }
        assertThat(listed)
                .extracting(CaseComment::text)
                .containsExactly("Second thought.", "Called the focal point of the mission.");
        assertThat(listed).extracting(CaseComment::author).containsOnly("intake");
        assertThat(listed).allSatisfy(comment -> assertThat(comment.writtenAt()).isBetween(before, after));
        List<Map<String, Object>> trail = jdbc.queryForList(
                "SELECT actor, target, detail FROM audit_event WHERE action = 'CASE_COMMENT_ADDED' AND case_reference = ?"
                        + " ORDER BY id",
                reference);
        assertThat(trail).hasSize(2);
        // The row maps ignore the case of column names, which H2 and MariaDB give differently.
        assertThat(trail.get(0).get("actor")).isEqualTo("intake");
        assertThat(trail.get(0).get("target"))
                .isEqualTo("comment:" + listed.get(1).id());
        assertThat(trail.toString()).doesNotContain("focal point", "thought");
    }

    @Test
    void a_blank_or_too_long_comment_is_refused_at_its_text_and_nothing_is_written() {
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            assertThatThrownBy(() -> comments.add(reference, "   "))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations()).containsExactly(new Violation("text", "is required")));
            assertThatThrownBy(() -> comments.add(reference, "x".repeat(CaseComments.MAX_LENGTH + 1)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .containsExactly(new Violation("text", "must be at most 4000 characters")));
            comments.add(reference, "x".repeat(CaseComments.MAX_LENGTH));

            assertThat(comments.ofCase(reference)).hasSize(1);
        }
    }

    @Test
    void only_users_who_see_the_case_and_work_cases_read_or_write_its_comments() {
        try (var signedIn = SignedIn.as(contexts, "intake-unmiss", Role.INTAKE)) {
            assertThatThrownBy(() -> comments.ofCase(reference)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.add(reference, "Not my mission")).isInstanceOf(NotFoundException.class);
        }
        try (var signedIn = SignedIn.as(contexts, "owner", Role.OWNER)) {
            assertThatThrownBy(() -> comments.ofCase(reference)).isInstanceOf(NotFoundException.class);
        }
        try (var signedIn = SignedIn.as(contexts, "focal-ca", Role.FOCAL_POINT)) {
            assertThat(comments.mayRead()).isFalse();
            assertThatThrownBy(() -> comments.ofCase(reference))
                    .as("sees the case, not its narrative")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.add(reference, "From the mission"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(contexts, "auditor", Role.AUDITOR)) {
            assertThat(comments.ofCase(reference)).isEmpty();
            assertThatThrownBy(() -> comments.add(reference, "Audit note")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM case_comment c JOIN case_file f ON f.id = c.case_id"
                                + " WHERE f.reference = ?",
                        Long.class,
                        reference))
                .isZero();
    }

    @Test
    void the_api_adds_and_lists_comments_and_names_the_field_it_refuses() {
        String path = "/api/cases/" + reference + "/comments";

        HttpResponse<String> added = api.send("investigator", "POST", path, "{\"text\":\"Interview planned\"}");
        HttpResponse<String> refused = api.send("vra", "POST", path, "{\"text\":\"\"}");
        HttpResponse<String> listed = api.get("vra", path);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(404);
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);
        added = api.send("investigator", "POST", path, "{\"text\":\"Interview planned\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(Api.json(added).get("author").asText()).isEqualTo("investigator");
        assertThat(added.headers().firstValue("Location"))
                .hasValue(path + "/" + Api.json(added).get("id").asLong());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = Api.json(refused).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("text");
        assertThat(error.get("reason").asText()).isEqualTo("is required");

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode all = Api.json(api.get("vra", path));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("text").asText()).isEqualTo("Interview planned");
        assertThat(api.get("intake-unmiss", path).statusCode()).isEqualTo(404);
        assertThat(api.get("focal-ca", path).statusCode()).isEqualTo(403);
    }
}
