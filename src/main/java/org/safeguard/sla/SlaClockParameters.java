package org.safeguard.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;

/**
 * An {@link SlaClockFilter} as URL query parameters and back, for the dashboard's drill-down links
 * and the export endpoints. Only dimensions travel (state, clock, case reference, entity, Member
 * State, allegation type, personnel category), never anything about a victim.
 */
public final class SlaClockParameters {

    public static final String STATE = "state";
    public static final String CLOCK = "clock";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String ENTITY = "entity";
    public static final String MEMBER_STATE = "memberState";
    public static final String ALLEGATION_TYPE = "allegationType";
    public static final String PERSONNEL_CATEGORY = "personnelCategory";
    public static final String OPEN = "open";

    private static final Pattern MEMBER_STATE_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    /**
     * @param parameters single values by name; blank values do not filter, unknown names are ignored
     * @throws InvalidInputException naming each parameter that holds no valid value
     */
    public static SlaClockFilter parse(Map<String, String> parameters) {
        List<Violation> violations = new ArrayList<>();
        Reader read = new Reader(parameters, violations);
        ClockState state = read.value(STATE, ClockState::valueOf);
        ClockKind kind = read.value(CLOCK, ClockKind::valueOf);
        String caseReference = read.value(CASE_REFERENCE, code -> matching(CODE, code));
        String entity = read.value(ENTITY, code -> matching(CODE, code));
        String memberState = read.value(MEMBER_STATE, code -> matching(MEMBER_STATE_CODE, code));
        String allegationType =
                read.value(ALLEGATION_TYPE, name -> AllegationType.valueOf(name).name());
        String personnelCategory = read.value(
                PERSONNEL_CATEGORY, name -> PersonnelCategory.valueOf(name).name());
        Boolean open = read.value(OPEN, SlaClockParameters::bool);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SlaClockFilter(
                state,
                kind,
                caseReference,
                entity,
                memberState,
                allegationType,
                personnelCategory,
                Boolean.TRUE.equals(open));
    }

    /** The parameters {@link #parse} reads back into {@code filter}; null fields are left out. */
    public static Map<String, String> of(SlaClockFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, STATE, filter.state() == null ? null : filter.state().name());
        put(parameters, CLOCK, filter.kind() == null ? null : filter.kind().name());
        put(parameters, CASE_REFERENCE, filter.caseReference());
        put(parameters, ENTITY, filter.entity());
        put(parameters, MEMBER_STATE, filter.memberState());
        put(parameters, ALLEGATION_TYPE, filter.allegationType());
        put(parameters, PERSONNEL_CATEGORY, filter.personnelCategory());
        put(parameters, OPEN, filter.openOnly() ? "true" : null);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String matching(Pattern pattern, String value) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private record Reader(Map<String, String> parameters, List<Violation> violations) {

        <T> T value(String name, Function<String, T> parse) {
            String raw = parameters.get(name);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parse.apply(raw.strip());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(name, "is not a valid value"));
                return null;
            }
        }
    }

    private SlaClockParameters() {}
}
