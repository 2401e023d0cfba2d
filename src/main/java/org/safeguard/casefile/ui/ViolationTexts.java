package org.safeguard.casefile.ui;

import java.util.Map;
import java.util.function.Supplier;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/**
 * A violation's reason in the user's language. The intake rules' own reasons are fixed English
 * texts and are translated here; the bean validation reasons arrive already in the user's
 * language (the view asks for them in it) and are shown as they are.
 */
final class ViolationTexts {

    // Suppliers, so the text is looked up in the language of the moment and the keys stay literal.
    private static final Map<String, Supplier<String>> INTAKE_RULES = Map.of(
            "must not be in the future", () -> Texts.text("intake.error.receivedInFuture"),
            "must not be after the date the allegation was received", () -> Texts.text("intake.error.incidentAfterReceipt"),
            "is not a known mission or agency code", () -> Texts.text("intake.error.unknownEntity"),
            "is required for uniformed personnel", () -> Texts.text("intake.error.nationalityRequired"),
            "is not a Member State (ISO 3166-1 alpha-2, upper case)", () -> Texts.text("intake.error.notMemberState"));

    static String of(Violation violation) {
        Supplier<String> translated = INTAKE_RULES.get(violation.reason());
        if (translated != null) {
            return translated.get();
        }
        if (violation.field().equals("entity") && violation.reason().startsWith("must be ")) {
            return Texts.text("intake.error.ownEntity");
        }
        return violation.reason();
    }

    private ViolationTexts() {
    }
}
