package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.memberstate.ActionTaken;

/** One action taken as a Member State reports it: what, when, and optionally how (e.g. the sentence). */
public class ActionRow extends HorizontalLayout {

    private final Select<ActionKind> kind = new Select<>();
    private final DatePicker takenOn = new DatePicker(Texts.text("portal.action.takenOn"));
    private final TextField detail = new TextField(Texts.text("portal.action.detail"));

    ActionRow() {
        addClassName("action-row");
        kind.setLabel(Texts.text("portal.action.kind"));
        kind.setItems(ActionKind.values());
        kind.setItemLabelGenerator(Texts::of);
        takenOn.setLocale(Texts.locale());
        detail.setMaxLength(500);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(kind, takenOn, detail);
    }

    ActionTaken action() {
        String text = detail.getValue();
        return new ActionTaken(
                kind.getValue(), takenOn.getValue(), text == null || text.isBlank() ? null : text.strip());
    }

    public Select<ActionKind> kind() {
        return kind;
    }

    public DatePicker takenOn() {
        return takenOn;
    }

    public TextField detail() {
        return detail;
    }

    boolean place(String field, String message) {
        switch (field) {
            case "kind" -> {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            }
            case "takenOn" -> {
                takenOn.setErrorMessage(message);
                takenOn.setInvalid(true);
            }
            case "detail" -> {
                detail.setErrorMessage(message);
                detail.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    void clearErrors() {
        kind.setInvalid(false);
        takenOn.setInvalid(false);
        detail.setInvalid(false);
    }
}
