package org.safeguard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.safeguard.casefile.PersonnelCategory;

/**
 * The case API as the task API's tests use it: register a case, read it back, and take it through
 * its preliminary assessment in the task list, as intake would.
 */
public final class CaseApi {

    private final Api api;
    private final Intake intake;
    private final TaskApi tasks;
    private final DueJobs dueJobs;

    public CaseApi(Api api, DueJobs dueJobs) {
        this.api = api;
        this.intake = new Intake(api);
        this.tasks = new TaskApi(api);
        this.dueJobs = dueJobs;
    }

    /** Registers the allegation as intake; its reference, once the jobs the intake makes due have run. */
    public String register(AllegationJson allegation) {
        String reference = intake.register(allegation);
        dueJobs.runFor(reference);
        return reference;
    }

    /** Registers the example allegation, received at {@code receivedAt}, as {@link #register} does. */
    public String registerReceivedAt(Instant receivedAt) {
        return register(AllegationJson.anAllegation().receivedAt(receivedAt));
    }

    /** The example allegation, its only subject group of {@code personnelCategory} (nationality as in the example). */
    public String registerWithSubjectsOf(String personnelCategory) {
        return register(AllegationJson.anAllegation()
                .withOnlySubject(PersonnelCategory.valueOf(personnelCategory), "CA", "Unit 7"));
    }

    /** {@code GET /api/cases/{reference}} as {@code user}. */
    public JsonNode read(String user, String reference) {
        HttpResponse<String> read = api.get(user, "/api/cases/" + reference);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Api.json(read);
    }

    /** The case's first subject group as intake reads it. */
    public JsonNode firstSubjectGroup(String reference) {
        return read("intake", reference).get("subjectGroups").get(0);
    }

    /** Intake assesses every subject group of the case as a breach of the standards through the task API. */
    public void assessAsBreach(String reference) {
        StringBuilder assessments = new StringBuilder();
        read("intake", reference)
                .get("subjectGroups")
                .forEach(group -> assessments
                        .append(assessments.isEmpty() ? "" : ",")
                        .append("{\"subjectGroupId\":")
                        .append(group.get("id").asLong())
                        .append(",\"breachesStandards\":true}"));
        dueJobs.runFor(reference);
        tasks.claimAndComplete(
                "intake", reference, "user_assess_allegation", "{\"assessments\":[" + assessments + "]}");
        dueJobs.runFor(reference);
    }

    /** Puts {@code username} on the case's team, as intake does before the investigator may see its tasks. */
    public void addToTeam(String reference, String username) {
        HttpResponse<String> added = api.send("intake", "PUT", "/api/cases/" + reference + "/team/" + username, null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
    }
}
