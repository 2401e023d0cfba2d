package org.safeguard.base.ui.forms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/**
 * The user's-language message for a violation the typed services report, and where it belongs:
 * services name fields as the API does ({@code assessments[1].reason}), in English for clients;
 * a form shows the message under the field of that name and row.
 */
public final class ViolationMessages {

    private static final Pattern PATH = Pattern.compile("(?:\\w+\\[(\\d+)]\\.)?(\\w+)");

    /** The row a violation is about ({@code assessments[1].reason} → 1), or -1 for the whole form. */
    public static int row(Violation violation) {
        Matcher matcher = PATH.matcher(violation.field());
        return matcher.matches() && matcher.group(1) != null ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The field within its row ({@code assessments[1].reason} → {@code reason}). */
    public static String field(Violation violation) {
        Matcher matcher = PATH.matcher(violation.field());
        return matcher.matches() ? matcher.group(2) : violation.field();
    }

    public static String message(Violation violation) {
        return switch (field(violation)) {
            case "breachesStandards" -> Texts.text("violation.breachesStandards");
            case "reason" -> Texts.text("violation.reason");
            case "assessments", "subjectGroupId" -> Texts.text("violation.assessments");
            case "investigatingBody" -> Texts.text("violation.investigatingBody");
            case "finding" -> Texts.text("violation.finding");
            case "approved" -> Texts.text("violation.decision");
            default -> Texts.text("violation.invalid");
        };
    }

    private ViolationMessages() {}
}
