package org.safeguard.casefile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.Colleague;
import org.safeguard.casefile.InvestigationTeamAssignment;
import org.safeguard.casefile.TeamChange;

/**
 * The case's team on its case file: who investigates it, and for intake officers and managers a
 * list of the investigators who may be added (conflicts of interest already left out) and a
 * confirmed removal. While the case waits for its team, managers start the investigation here.
 * Every change is in the audit trail and listed under the team. Advocates are not assigned per
 * case: they see every case of their entity.
 */
@Uses(ComboBox.class)
@Uses(ConfirmDialog.class)
public class CaseTeamSection extends VerticalLayout {

    /** The section's id, for links to it ({@code cases/REF#case-team}). */
    public static final String ANCHOR = "case-team";

    private final CaseTeams teams;
    private final InvestigationTeamAssignment assignment;
    private String reference;

    CaseTeamSection(CaseTeams teams, InvestigationTeamAssignment assignment) {
        this.teams = teams;
        this.assignment = assignment;
        setId(ANCHOR);
        addClassName("case-team");
        setPadding(false);
    }

    /** The section of case {@code reference}, its services injected by Spring. */
    public static CaseTeamSection of(String reference) {
        CaseTeamSection section = Instantiator.get(UI.getCurrent()).createComponent(CaseTeamSection.class);
        section.reference = reference;
        section.refresh();
        return section;
    }

    private void refresh() {
        removeAll();
        // Member State focal points see their nationals' subject groups, not who works the case.
        setVisible(teams.mayManage() || !teams.nationalsOnly());
        if (!isVisible()) {
            return;
        }
        add(new H3(Texts.text("team.title")));
        List<Colleague> team = teams.team(reference);
        add(team.isEmpty() ? warning(Texts.text("team.none")) : members(team));
        if (teams.mayManage()) {
            add(addition());
        }
        List<String> waiting = assignment.waitingTasks(reference);
        if (!waiting.isEmpty() && assignment.mayComplete()) {
            add(start(waiting));
        }
        add(changes(teams.changes(reference)));
    }

    private UnorderedList members(List<Colleague> team) {
        UnorderedList list = new UnorderedList();
        list.addClassName("team-members");
        for (Colleague member : team) {
            ListItem item = new ListItem(new Span(member.label()));
            item.addClassName("team-member");
            if (teams.mayManage()) {
                Button remove = new Button(Texts.text("team.remove"), click -> confirmRemoval(member));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.addClassName("remove-member");
                remove.setAriaLabel(Texts.text("team.removeNamed", member.label()));
                item.add(remove);
            }
            list.add(item);
        }
        return list;
    }

    private void confirmRemoval(Colleague member) {
        ConfirmDialog confirm = new ConfirmDialog(
                Texts.text("team.removeTitle"),
                Texts.text("team.removeText", member.label()),
                Texts.text("team.remove"),
                event -> {
                    teams.remove(reference, member.username());
                    done(Texts.text("team.removed", member.label()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.text("team.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addClassName("confirm-removal");
        confirm.open();
    }

    private HorizontalLayout addition() {
        List<Colleague> candidates = teams.candidates(reference);
        ComboBox<Colleague> colleague = new ComboBox<>(Texts.text("team.addLabel"), candidates);
        colleague.setItemLabelGenerator(Colleague::label);
        colleague.addClassName("team-candidate");
        colleague.setHelperText(
                candidates.isEmpty() ? Texts.text("team.noCandidates") : Texts.text("team.candidatesHelp"));
        colleague.setEnabled(!candidates.isEmpty());
        colleague.setWidth("22rem");
        colleague.setMaxWidth("100%");
        Button add = new Button(Texts.text("team.add"), click -> add(colleague));
        add.addClassName("add-member");
        add.setEnabled(!candidates.isEmpty());
        HorizontalLayout row = new HorizontalLayout(colleague, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone the button goes under the picker rather than off the screen.
        row.setWrap(true);
        return row;
    }

    private void add(ComboBox<Colleague> colleague) {
        Colleague chosen = colleague.getValue();
        if (chosen == null) {
            colleague.setErrorMessage(Texts.text("team.error.choose"));
            colleague.setInvalid(true);
            return;
        }
        try {
            teams.add(reference, chosen.username());
        } catch (InvalidInputException refused) {
            // Changed meanwhile (e.g. an exclusion recorded since the list was read): say why, in the user's words.
            boolean conflict =
                    refused.violations().stream().anyMatch(v -> CaseTeams.CONFLICT_OF_INTEREST.equals(v.reason()));
            colleague.setErrorMessage(Texts.text(conflict ? "team.error.conflict" : "team.error.notInvestigator"));
            colleague.setInvalid(true);
            return;
        }
        done(Texts.text("team.added", chosen.label()));
    }

    private VerticalLayout start(List<String> waiting) {
        Span refusal = new Span();
        refusal.addClassNames("form-error", "team-refusal");
        refusal.setVisible(false);
        Button start = new Button(Texts.text("team.start"), click -> {
            try {
                waiting.forEach(assignment::teamAssigned);
            } catch (InvalidInputException refused) {
                refusal.setText(Texts.text("team.error.noInvestigator"));
                refusal.setVisible(true);
                return;
            }
            done(Texts.text("team.started"));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-investigation");
        VerticalLayout box = new VerticalLayout(new Paragraph(Texts.text("team.waiting")), refusal, start);
        box.setPadding(false);
        box.addClassName("team-waiting");
        return box;
    }

    private VerticalLayout changes(List<TeamChange> changes) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("team-changes");
        changes.forEach(change -> list.add(new Span(Texts.text(
                change.added() ? "team.change.added" : "team.change.removed",
                Texts.dateTime(change.at()),
                change.member(),
                change.by()))));
        return list;
    }

    private Paragraph warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassName("team-empty");
        return warning;
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }
}
