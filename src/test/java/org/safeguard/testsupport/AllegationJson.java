package org.safeguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intake request bodies as JSON, starting from the example of the intake API and changed by
 * field path ({@code subjects[0].nationality}), so a test names exactly what it breaks.
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

    public AllegationJson with(String path, Object value) {
        JsonNode node = JSON.valueToTree(value);
        set(path, node);
        return this;
    }

    public AllegationJson without(String path) {
        set(path, null);
        return this;
    }

    public String json() {
        return root.toString();
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
