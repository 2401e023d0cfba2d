package org.safeguard.accountability.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.safeguard.accountability.AccountabilityMeasures;

/** The required free-text fields the accountability forms share. */
final class MeasureTexts {

    static TextArea area(String label) {
        TextArea area = new TextArea(label);
        area.setRequiredIndicatorVisible(true);
        area.setMaxLength(AccountabilityMeasures.MAX_TEXT);
        area.setWidthFull();
        area.setMinHeight("5em");
        return area;
    }

    /** What was typed, blank as null so the service's own rule reports it. */
    static String value(TextArea area) {
        return area.getValue().isBlank() ? null : area.getValue();
    }

    /** Shows the refusal at the field; true, as the form's {@code placed} answers. */
    static boolean refuse(TextArea area, String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
        return true;
    }

    private MeasureTexts() {}
}
