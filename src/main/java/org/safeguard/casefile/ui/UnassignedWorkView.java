package org.safeguard.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.i18n.Translations;
import org.safeguard.casefile.StrandedTask;
import org.safeguard.casefile.UnassignedWork;

/**
 * The managers' list of work no one will do unless they act: tasks no one can see or claim (a case
 * with no investigator on its team, an assignee who lost access), then tasks no one has claimed
 * for too long. Each row links to its case and to the case's team, where the manager fixes it.
 */
@Route("unassigned")
@Menu(title = "nav.unassigned", order = 3.5)
@RolesAllowed("MANAGER")
public class UnassignedWorkView extends VerticalLayout implements HasDynamicTitle {

    public UnassignedWorkView(UnassignedWork work) {
        setWidthFull();
        addClassName("unassigned-work-view");
        add(
                new H2(Texts.text("unassigned.title")),
                new Paragraph(Texts.text(
                        "unassigned.explanation",
                        work.settings().unclaimedAfter().toDays())));
        List<StrandedTask> tasks = work.tasks();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(Texts.text("unassigned.none"));
            none.addClassName("unassigned-none");
            add(none);
        }
        add(grid(tasks));
    }

    private static Grid<StrandedTask> grid(List<StrandedTask> tasks) {
        Grid<StrandedTask> grid = new Grid<>(StrandedTask.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("unassigned-tasks");
        grid.addColumn(task -> Texts.of(task.reason()))
                .setHeader(Texts.text("unassigned.reason"))
                .setAutoWidth(true);
        grid.addColumn(UnassignedWorkView::taskName)
                .setHeader(Texts.text("unassigned.task"))
                .setAutoWidth(true);
        grid.addComponentColumn(task -> caseLink(task.caseReference()))
                .setHeader(Texts.text("unassigned.case"))
                .setAutoWidth(true);
        grid.addColumn(StrandedTask::entity)
                .setHeader(Texts.text("cases.entity"))
                .setAutoWidth(true);
        grid.addColumn(task -> Texts.dateTime(task.created()))
                .setHeader(Texts.text("unassigned.created"))
                .setAutoWidth(true);
        grid.addColumn(task -> Texts.dateTime(task.due()))
                .setHeader(Texts.text("unassigned.due"))
                .setAutoWidth(true);
        grid.addColumn(task -> Objects.toString(task.assignee(), ""))
                .setHeader(Texts.text("unassigned.assignee"))
                .setAutoWidth(true);
        grid.addComponentColumn(task -> teamLink(task.caseReference()))
                .setHeader(Texts.text("unassigned.action"))
                .setAutoWidth(true);
        grid.setItems(tasks);
        grid.setAllRowsVisible(tasks.size() <= 50);
        grid.setVisible(!tasks.isEmpty());
        return grid;
    }

    /** The task's name in the user's language (key {@code task.<kind>}), or the model's name. */
    private static String taskName(StrandedTask task) {
        String key = "task." + task.kind();
        return Translations.keys(Texts.locale()).contains(key) ? Texts.text(key) : task.name();
    }

    private static Component caseLink(String reference) {
        Anchor link = new Anchor("cases/" + reference, reference);
        link.addClassName("case-link");
        return link;
    }

    private static Component teamLink(String reference) {
        Anchor link =
                new Anchor("cases/" + reference + "#" + CaseTeamSection.ANCHOR, Texts.text("unassigned.openTeam"));
        link.addClassName("open-case-team");
        return link;
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.unassigned");
    }
}
