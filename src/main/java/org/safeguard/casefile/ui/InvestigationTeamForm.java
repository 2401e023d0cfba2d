package org.safeguard.casefile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.casefile.Colleague;
import org.safeguard.casefile.InvestigationTeamAssignment;

/**
 * "Assign the investigation team": the team as it stands, a link to the case file where the
 * manager changes it, and the button that starts the investigation. The form has no fields; the
 * service's refusal of a team with no investigator who may see the case is said here in the
 * user's language.
 */
class InvestigationTeamForm extends TaskForm {

    private final Span refusal = new Span();

    InvestigationTeamForm(String reference, List<Colleague> team) {
        addClassName("investigation-team-form");
        add(new Paragraph(Texts.text("team.task.explanation")));
        add(new Paragraph(
                team.isEmpty()
                        ? Texts.text("team.none")
                        : Texts.text(
                                "team.task.current",
                                team.stream().map(Colleague::label).collect(Collectors.joining(", ")))));
        Anchor caseTeam = new Anchor("cases/" + reference + "#" + CaseTeamSection.ANCHOR, Texts.text("team.task.open"));
        caseTeam.addClassName("open-case-team");
        refusal.addClassNames("form-error", "team-refusal");
        refusal.setVisible(false);
        add(caseTeam, refusal);
        addCompleteButton(Texts.text("team.start"));
    }

    @Override
    protected boolean placed(Violation violation) {
        if (!InvestigationTeamAssignment.TEAM.equals(violation.field())) {
            return false;
        }
        refusal.setText(Texts.text("team.error.noInvestigator"));
        refusal.setVisible(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        refusal.setVisible(false);
    }
}
