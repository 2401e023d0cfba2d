package org.safeguard.casefile.ui;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/**
 * A violation's reason as the officer reads it: in their language, naming what to do. The service
 * words its reasons in English for API clients ("must not be null", "size must be between 0 and
 * 100"); the form never shows them as they are, since "must not be null" tells an officer nothing.
 */
final class ViolationTexts {

    private static final Pattern LAST_PROPERTY = Pattern.compile("(?:.*\\.)?(\\w+)(?:\\[\\d+])?");
    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");

    // Suppliers, so the text is looked up in the language of the moment and the keys stay literal.
    private static final Map<String, Supplier<String>> INTAKE_RULES = Map.of(
            "must not be in the future", () -> Texts.text("intake.error.receivedInFuture"),
            "must not be after the date the allegation was received",
                    () -> Texts.text("intake.error.incidentAfterReceipt"),
            "is not a known mission or agency code", () -> Texts.text("intake.error.unknownEntity"),
            "is required for uniformed personnel", () -> Texts.text("intake.error.nationalityRequired"),
            "is not a Member State (ISO 3166-1 alpha-2, upper case)", () -> Texts.text("intake.error.notMemberState"));

    private static final Map<String, Supplier<String>> REQUIRED = Map.ofEntries(
            Map.entry("receivedAt", () -> Texts.text("intake.required.receivedAt")),
            Map.entry("channel", () -> Texts.text("intake.required.channel")),
            Map.entry("entity", () -> Texts.text("intake.required.entity")),
            Map.entry("dutyStation", () -> Texts.text("intake.required.dutyStation")),
            Map.entry("allegationType", () -> Texts.text("intake.required.allegationType")),
            Map.entry("summary", () -> Texts.text("intake.required.summary")),
            Map.entry("subjects", () -> Texts.text("intake.required.subjects")),
            Map.entry("personnelCategory", () -> Texts.text("intake.required.personnelCategory")),
            Map.entry("ageGroup", () -> Texts.text("intake.required.ageGroup")),
            Map.entry("sex", () -> Texts.text("intake.required.sex")),
            Map.entry("consentToAssistance", () -> Texts.text("intake.required.consent")));

    static String of(Violation violation) {
        String reason = violation.reason();
        Supplier<String> rule = INTAKE_RULES.get(reason);
        if (rule != null) {
            return rule.get();
        }
        String property = property(violation.field());
        if (property.equals("entity") && reason.startsWith("must be ")) {
            return Texts.text("intake.error.ownEntity");
        }
        if (reason.startsWith("must not be null")
                || reason.startsWith("must not be blank")
                || reason.startsWith("must not be empty")) {
            return REQUIRED.getOrDefault(property, () -> Texts.text("intake.required.other"))
                    .get();
        }
        Matcher size = SIZE.matcher(reason);
        if (size.matches()) {
            if (property.equals("nationality")) {
                return Texts.text("intake.error.notMemberState");
            }
            return property.equals("subjects") || property.equals("victims")
                    ? Texts.text("intake.error.tooMany", Integer.parseInt(size.group(2)))
                    : Texts.text("intake.error.tooLong", Integer.parseInt(size.group(2)));
        }
        return Texts.text("intake.error.invalid");
    }

    /** {@code subjects[0].nationality} → {@code nationality}; {@code subjects[1]} → {@code subjects}. */
    static String property(String field) {
        Matcher matcher = LAST_PROPERTY.matcher(field);
        return matcher.matches() ? matcher.group(1) : field;
    }

    private ViolationTexts() {}
}
