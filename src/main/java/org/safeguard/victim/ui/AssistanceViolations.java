package org.safeguard.victim.ui;

import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.ViolationMessages;

/**
 * The user's-language message for a refusal of the assistance services, by the field they name;
 * the services' own reasons are English texts for API clients.
 */
final class AssistanceViolations {

    static String message(Violation violation) {
        return switch (ViolationMessages.field(violation)) {
            case "given" -> Texts.text("assistance.error.given");
            case "givenBy" ->
                violation.reason().startsWith("a child")
                        ? Texts.text("assistance.error.childConsent")
                        : Texts.text("assistance.error.givenBy");
            case "needs" -> Texts.text("assistance.error.needs");
            case "providerCode" -> Texts.text("assistance.error.providerCode");
            case "providerName" -> Texts.text("assistance.error.providerName");
            case "continueAssistance" -> Texts.text("assistance.error.continue");
            default -> ViolationMessages.message(violation);
        };
    }

    private AssistanceViolations() {}
}
