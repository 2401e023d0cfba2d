package org.safeguard.victim.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.victim.Referral;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.VictimSummary;

/** "Refer to provider": the provider one need is referred to; it stays with the referral, never in the engine. */
class ReferralForm extends TaskForm {

    private final TextField providerCode = new TextField(Texts.text("assistance.providerCode"));
    private final TextField providerName = new TextField(Texts.text("assistance.providerName"));

    ReferralForm(Referral referral, VictimSummary victim) {
        providerCode.setMaxLength(Referrals.PROVIDER_CODE_MAX);
        providerCode.setRequiredIndicatorVisible(true);
        providerCode.addClassName("provider-code");
        providerName.setMaxLength(Referrals.PROVIDER_NAME_MAX);
        providerName.setRequiredIndicatorVisible(true);
        providerName.setWidthFull();
        providerName.addClassName("provider-name");
        add(
                new VictimLine(victim),
                new Paragraph(Texts.text(
                        "assistance.referralOf", Texts.of(referral.need()), Texts.dateTime(referral.dueAt()))),
                providerCode,
                providerName);
        addCompleteButton(Texts.text("form.complete"));
    }

    /** The code typed, blank as null so the service's own rule reports it. */
    String providerCode() {
        return blankAsNull(providerCode.getValue());
    }

    String providerName() {
        return blankAsNull(providerName.getValue());
    }

    TextField providerCodeField() {
        return providerCode;
    }

    TextField providerNameField() {
        return providerName;
    }

    @Override
    protected boolean placed(Violation violation) {
        TextField field = switch (ViolationMessages.field(violation)) {
            case "providerCode" -> providerCode;
            case "providerName" -> providerName;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(AssistanceViolations.message(violation));
        field.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        providerCode.setInvalid(false);
        providerName.setInvalid(false);
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
