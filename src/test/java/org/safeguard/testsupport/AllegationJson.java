package org.safeguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

/**
 * Intake request bodies as JSON, starting from the example of the intake API (one Canadian
 * military contingent subject, one child victim) and changed by typed methods:
 * {@code anAllegation().receivedAt(monday).withAdultVictim()}. A validation test that sends what
 * no typed method can (an unknown value, a malformed date) names the field path with
 * {@link #with} or {@link #without}.
 */
public final class AllegationJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");
    public static final String EXAMPLE = """
            {"receivedAt":"2026-11-20T09:30:00Z","channel":"HOTLINE","entity":"MINUSCA",
             "dutyStation":"Bangui","incidentDate":"2026-11-02","allegationType":"TRANSACTIONAL_SEX",
             "summary":"narrative as reported",
             "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"CA","unit":"Battalion 3"}],
             "victims":[{"name":"Jane Example","ageGroup":"CHILD","sex":"FEMALE","contact":"+236 70 00 00 00","consentToAssistance":true}]}
            """;

    private final ObjectNode root;

    private AllegationJson(ObjectNode root) {
        this.root = root;
    }

    public static AllegationJson anAllegation() {
        try {
            return new AllegationJson((ObjectNode) JSON.readTree(EXAMPLE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public AllegationJson receivedAt(Instant receivedAt) {
        return with("receivedAt", receivedAt.toString());
    }

    /** When intake received it, as the API reads it ({@code 2020-01-05T09:00:00Z}). */
    public AllegationJson receivedAt(String receivedAt) {
        Instant.parse(receivedAt);
        return with("receivedAt", receivedAt);
    }

    public AllegationJson incidentOn(LocalDate incidentDate) {
        return with("incidentDate", incidentDate.toString());
    }

    /** The incident's date as the API reads it ({@code 2019-12-20}). */
    public AllegationJson incidentOn(String incidentDate) {
        LocalDate.parse(incidentDate);
        return with("incidentDate", incidentDate);
    }

    /** The mission or entity the allegation is against, e.g. {@code UNMISS}. */
    public AllegationJson against(String entity) {
        return with("entity", entity);
    }

    public AllegationJson dutyStation(String dutyStation) {
        return with("dutyStation", dutyStation);
    }

    public AllegationJson channel(IntakeChannel channel) {
        return with("channel", channel.name());
    }

    public AllegationJson ofType(AllegationType type) {
        return with("allegationType", type.name());
    }

    public AllegationJson summary(String summary) {
        return with("summary", summary);
    }

    /** The first subject's nationality (an ISO country code); the subject stays of its category and unit. */
    public AllegationJson subjectOf(String nationality) {
        return with("subjects[0].nationality", nationality);
    }

    /** The first subject's personnel category; the subject keeps its nationality and unit. */
    public AllegationJson subjectIn(PersonnelCategory category) {
        return with("subjects[0].personnelCategory", category.name());
    }

    /** No subject at all (intake refuses it). */
    public AllegationJson withoutSubjects() {
        root.putArray("subjects");
        return this;
    }

    /** Only this subject; {@code nationality} and {@code unit} may be null (left out). */
    public AllegationJson withOnlySubject(PersonnelCategory category, String nationality, String unit) {
        return withoutSubjects().withSubject(category, nationality, unit);
    }

    /** One more subject; {@code nationality} and {@code unit} may be null (left out). */
    public AllegationJson withSubject(PersonnelCategory category, String nationality, String unit) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("personnelCategory", category.name());
        putIfPresent(subject, "nationality", nationality);
        putIfPresent(subject, "unit", unit);
        ((ArrayNode) root.get("subjects")).add(JSON.valueToTree(subject));
        return this;
    }

    /** The (first) victim is a child, as in the example. */
    public AllegationJson withChildVictim() {
        return with("victims[0].ageGroup", AgeGroup.CHILD.name());
    }

    /** The (first) victim is an adult. */
    public AllegationJson withAdultVictim() {
        return with("victims[0].ageGroup", AgeGroup.ADULT.name());
    }

    public AllegationJson victimSex(Sex sex) {
        return with("victims[0].sex", sex.name());
    }

    public AllegationJson victimName(String name) {
        return with("victims[0].name", name);
    }

    public AllegationJson victimContact(String contact) {
        return with("victims[0].contact", contact);
    }

    public AllegationJson victimSafeContactNotes(String notes) {
        return with("victims[0].safeContactNotes", notes);
    }

    /** One more victim; {@code contact} may be null (left out). */
    public AllegationJson withVictim(String name, AgeGroup ageGroup, Sex sex, String contact, boolean consent) {
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("name", name);
        victim.put("ageGroup", ageGroup.name());
        victim.put("sex", sex.name());
        putIfPresent(victim, "contact", contact);
        victim.put("consentToAssistance", consent);
        ((ArrayNode) root.get("victims")).add(JSON.valueToTree(victim));
        return this;
    }

    /** No victim at all. */
    public AllegationJson withoutVictims() {
        root.putArray("victims");
        return this;
    }

    /**
     * Sets the field at {@code path} ({@code subjects[0].nationality}) to any value: for
     * validation tests that send what the typed methods cannot (an unknown channel, a malformed
     * date). Everything else has a typed method above.
     */
    public AllegationJson with(String path, Object value) {
        JsonNode node = JSON.valueToTree(value);
        set(path, node);
        return this;
    }

    /** Leaves out the field at {@code path}: for validation tests of required fields. */
    public AllegationJson without(String path) {
        set(path, null);
        return this;
    }

    public String json() {
        return root.toString();
    }

    private static void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private void set(String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ContainerNode<?> parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = (ContainerNode<?>) child(parent, steps[i]);
        }
        Matcher last = step(steps[steps.length - 1]);
        if (last.group(2) != null) {
            ArrayNode array = (ArrayNode) parent.get(last.group(1));
            int index = Integer.parseInt(last.group(2));
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last.group(1));
        } else {
            ((ObjectNode) parent).set(last.group(1), value);
        }
    }

    private static JsonNode child(JsonNode parent, String step) {
        Matcher m = step(step);
        JsonNode node = parent.get(m.group(1));
        return m.group(2) == null ? node : node.get(Integer.parseInt(m.group(2)));
    }

    private static Matcher step(String step) {
        Matcher m = STEP.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a field path step: " + step);
        }
        return m;
    }
}
