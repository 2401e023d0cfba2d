package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.ReplyKind;

/**
 * A Member State's reply to one engagement: the answers that fit what was asked, the national
 * investigation officer when the Member State investigates, the actions taken when it reports
 * them, and a remark in its own words. It knows no service; the view sends {@link #reply()} and
 * shows what the service refuses.
 */
public class ReplyForm extends TaskForm {

    private final RadioButtonGroup<ReplyKind> kind = new RadioButtonGroup<>(Texts.text("portal.reply.kind"));
    private final TextField officerName = new TextField(Texts.text("portal.reply.officerName"));
    private final TextField officerContact = new TextField(Texts.text("portal.reply.officerContact"));
    private final VerticalLayout actions = new VerticalLayout();
    private final List<ActionRow> rows = new ArrayList<>();
    private final TextArea remark = new TextArea(Texts.text("portal.reply.remark"));
    private final Button addAction = new Button(Texts.text("portal.reply.addAction"), click -> addActionRow());

    public ReplyForm(EngagementPurpose purpose) {
        addClassName("reply-form");
        kind.setItems(ReplyKind.answersTo(purpose));
        kind.setItemLabelGenerator(Texts::of);
        kind.setRequiredIndicatorVisible(true);
        kind.addClassName("reply-kind");
        officerName.addClassName("officer-name");
        officerContact.addClassName("officer-contact");
        officerName.setWidth("min(28em, 100%)");
        officerContact.setWidth("min(28em, 100%)");
        officerName.setMaxLength(200);
        officerContact.setMaxLength(200);
        actions.setPadding(false);
        actions.addClassName("reply-actions");
        addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAction.addClassName("add-action");
        remark.addClassName("reply-remark");
        remark.setMaxLength(MemberStateReply.REMARK_MAX);
        remark.setHelperText(Texts.text("portal.reply.remarkHelp", MemberStateReply.REMARK_MAX));
        remark.setWidth("min(40em, 100%)");
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        showFieldsFor(null);
        add(kind, officerName, officerContact, actions, addAction, remark);
        addCompleteButton(Texts.text("portal.reply.send"));
    }

    /** The reply as entered, received now; refused like the service's own rules when no answer is chosen. */
    public MemberStateReply reply() {
        ReplyKind chosen = kind.getValue();
        if (chosen == null) {
            throw new InvalidInputException(List.of(new Violation("kind", "is required")));
        }
        boolean investigates = chosen.namesInvestigationOfficer();
        return new MemberStateReply(
                chosen,
                null,
                investigates ? blankToNull(officerName.getValue()) : null,
                investigates ? blankToNull(officerContact.getValue()) : null,
                chosen.reportsActions() ? rows.stream().map(ActionRow::action).toList() : List.of(),
                remark.getValue());
    }

    public RadioButtonGroup<ReplyKind> kind() {
        return kind;
    }

    public TextField officerName() {
        return officerName;
    }

    public TextField officerContact() {
        return officerContact;
    }

    public TextArea remark() {
        return remark;
    }

    /** The action rows, oldest first; a report of actions starts with one. */
    public List<ActionRow> actionRows() {
        return List.copyOf(rows);
    }

    public void addActionRow() {
        ActionRow row = new ActionRow();
        rows.add(row);
        actions.add(row);
    }

    private void showFieldsFor(ReplyKind chosen) {
        boolean investigates = chosen != null && chosen.namesInvestigationOfficer();
        boolean reports = chosen != null && chosen.reportsActions();
        officerName.setVisible(investigates);
        officerName.setRequiredIndicatorVisible(investigates);
        officerContact.setVisible(investigates);
        actions.setVisible(reports);
        addAction.setVisible(reports);
        if (reports && rows.isEmpty()) {
            addActionRow();
        }
    }

    @Override
    protected boolean placed(Violation violation) {
        int row = ViolationMessages.row(violation);
        String field = ViolationMessages.field(violation);
        if (row >= 0 && row < rows.size()) {
            return rows.get(row).place(field, Texts.text("portal.violation.action"));
        }
        return switch (field) {
            case "kind" -> invalid(kind, Texts.text("portal.violation.kind"));
            case "investigationOfficerName" -> invalid(officerName, Texts.text("portal.violation.officerName"));
            case "investigationOfficerContact" -> invalid(officerContact, Texts.text("portal.violation.tooLong"));
            case "remark" -> invalid(remark, Texts.text("portal.violation.remarkTooLong", MemberStateReply.REMARK_MAX));
            default -> false;
        };
    }

    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        kind.setInvalid(false);
        officerName.setInvalid(false);
        officerContact.setInvalid(false);
        remark.setInvalid(false);
        rows.forEach(ActionRow::clearErrors);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
