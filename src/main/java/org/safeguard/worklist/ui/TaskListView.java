package org.safeguard.worklist.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.Entities;
import org.safeguard.worklist.SavedFilters;
import org.safeguard.worklist.TaskCount;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * The open tasks of the cases the user may see, soonest due first, a page at a time: "My tasks",
 * "My groups' tasks" (to claim) and, for managers, "All tasks". A task opens beside the list with
 * its case summary and its form; once completed, the next task is offered.
 */
@Route("tasks")
@Menu(title = "nav.tasks", order = 0.5)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "VRA", "MANAGER"})
public class TaskListView extends SplitLayout implements HasDynamicTitle {

    private final TaskListPresenter presenter;
    private final Grid<WorklistTask> grid = new Grid<>(WorklistTask.class, false);
    private final Span taskCount = new Span();
    private final Map<TaskQueue, Tab> tabs = new EnumMap<>(TaskQueue.class);
    private final Tabs tabBar = new Tabs();
    private final TaskPanel panel;
    private final Worklist worklist;

    public TaskListView(Worklist worklist, SavedFilters savedFilters, Entities entities, CaseFiles cases,
                        List<TaskFormProvider> forms, CurrentUser user) {
        this.worklist = worklist;
        this.presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        this.panel = new TaskPanel(worklist, cases, forms, user, this::taskChanged, this::taskCompleted);
        setSizeFull();
        setSplitterPosition(60);
        TaskFilterBar filters = new TaskFilterBar(entities.all(), savedFilters, filter -> {
            presenter.filter(filter);
            refresh();
        });
        taskCount.addClassName("task-count");
        VerticalLayout list = new VerticalLayout(queueTabs(), filters, taskCount, grid());
        list.setSizeFull();
        list.setFlexGrow(1, grid);
        addToPrimary(list);
        addToSecondary(panel);
    }

    private Tabs queueTabs() {
        tabs.put(TaskQueue.MINE, new Tab(Texts.text("tasks.mine")));
        tabs.put(TaskQueue.MY_GROUPS, new Tab(Texts.text("tasks.myGroups")));
        if (worklist.managesTasks()) {
            tabs.put(TaskQueue.ALL, new Tab(Texts.text("tasks.all")));
        }
        tabs.values().forEach(tabBar::add);
        tabBar.addClassName("task-queues");
        tabBar.addSelectedChangeListener(change -> tabs.forEach((queue, tab) -> {
            if (tab == change.getSelectedTab() && queue != presenter.queue()) {
                presenter.show(queue);
                refresh();
                panel.showNothing();
            }
        }));
        return tabBar;
    }

    private Grid<WorklistTask> grid() {
        grid.addColumn(WorklistTask::caseReference).setHeader(Texts.text("cases.reference")).setAutoWidth(true);
        grid.addColumn(TaskNames::of).setHeader(Texts.text("tasks.task")).setAutoWidth(true);
        grid.addColumn(WorklistTask::entity).setHeader(Texts.text("cases.entity")).setAutoWidth(true);
        grid.addColumn(task -> Texts.of(task.allegationType())).setHeader(Texts.text("cases.allegationType"))
                .setAutoWidth(true);
        grid.addColumn(task -> Texts.of(task.personnelCategory())).setHeader(Texts.text("tasks.personnelCategory"))
                .setAutoWidth(true);
        grid.addColumn(WorklistTask::memberState).setHeader(Texts.text("tasks.memberState")).setAutoWidth(true);
        grid.addComponentColumn(DueStateBadge::new).setHeader(Texts.text("tasks.due")).setAutoWidth(true);
        grid.addColumn(task -> task.followUp() == null ? "" : Texts.date(task.followUp().atZone(ZoneOffset.UTC)
                .toLocalDate())).setHeader(Texts.text("tasks.followUp")).setAutoWidth(true);
        grid.addColumn(WorklistTask::assignee).setHeader(Texts.text("tasks.assignee")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("task-list");
        // No count: the grid grows as it is scrolled (Vaadin's undefined size), and the count shown
        // above it stops at a thousand (TaskCount); exact counts cost a second at 100 000 tasks.
        grid.setItems(query -> presenter.page(query.getOffset(), query.getLimit()).stream());
        showCount();
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                panel.show(change.getValue());
            }
        });
        return grid;
    }

    private void refresh() {
        presenter.changed();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        TaskCount count = presenter.count();
        taskCount.setText(count.more() ? Texts.text("tasks.countMore", count.tasks())
                : Texts.text("tasks.count", count.tasks()));
    }

    /** After a claim, unclaim, reassignment or follow-up date: the list and the task as they are now. */
    private void taskChanged() {
        WorklistTask selected = grid.asSingleSelect().getValue();
        refresh();
        if (selected != null) {
            WorklistTask now = worklist.task(selected.id());
            panel.show(now);
        }
    }

    private void taskCompleted() {
        grid.asSingleSelect().clear();
        presenter.next().ifPresentOrElse(next -> {
            tabBar.setSelectedTab(tabs.get(presenter.queue()));
            refresh();
            grid.select(next);
            panel.show(next);
        }, () -> {
            refresh();
            panel.showNothing();
        });
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.tasks");
    }
}
