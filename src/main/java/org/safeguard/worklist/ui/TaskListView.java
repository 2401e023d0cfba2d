package org.safeguard.worklist.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.Entities;
import org.safeguard.worklist.BulkTaskActions;
import org.safeguard.worklist.NextTasks;
import org.safeguard.worklist.SavedFilters;
import org.safeguard.worklist.TaskCount;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * The open tasks of the cases the user may see, a page at a time, sorted by the database (soonest
 * due first unless a column header says otherwise): "My tasks", "My groups' tasks" (to claim) and,
 * for managers, "All tasks". With no task of their own the user lands on their groups' tasks. A
 * task opens beside the list (click, or Enter on its row) with its case summary and form; once it
 * is completed, a confirmation, and the case's next task when it is the user's or theirs to claim.
 */
@Route("tasks")
@Menu(title = "nav.tasks", order = 0.5)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "VRA", "MANAGER"})
@Uses(Notification.class)
public class TaskListView extends SplitLayout implements HasDynamicTitle {

    /** Windows narrower than this (phones) stack the list above the open task. */
    static final int STACKED_BELOW_PX = 700;

    /** How long the list waits for a case's next step (a job's continuation) before offering another task. */
    static final int NEXT_STEP_POLLS = 15;

    static final int POLL_MILLIS = 1000;

    private final TaskListPresenter presenter;
    private final Grid<WorklistTask> grid = new Grid<>(WorklistTask.class, false);
    private final Span taskCount = new Span();
    private final Span fallback = new Span(Texts.text("tasks.fellBackToGroups"));
    private final Map<TaskQueue, Tab> tabs = new EnumMap<>(TaskQueue.class);
    private final Tabs tabBar = new Tabs();
    private final TaskPanel panel;
    private Registration resizing;
    private final BulkActionsBar bulkBar;
    private final Worklist worklist;
    private final NextTasks nextTasks;
    private final CurrentUser user;
    private WorklistTask focused;
    private Registration waitingForNextStep;

    public TaskListView(
            Worklist worklist,
            NextTasks nextTasks,
            BulkTaskActions bulk,
            SavedFilters savedFilters,
            Entities entities,
            CaseFiles cases,
            List<TaskFormProvider> forms,
            CurrentUser user) {
        this.worklist = worklist;
        this.nextTasks = nextTasks;
        this.user = user;
        this.presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        this.panel = new TaskPanel(worklist, cases, forms, user, this::taskChanged, this::taskCompleted);
        this.bulkBar = new BulkActionsBar(bulk, worklist.managesTasks(), () -> {
            grid.deselectAll();
            refresh();
        });
        setSizeFull();
        setSplitterPosition(60);
        Set<String> mine = worklist.entityCodes();
        TaskFilterBar filters = new TaskFilterBar(
                entities.all().stream().filter(e -> mine.contains(e.code())).toList(), savedFilters, filter -> {
                    presenter.filter(filter);
                    refresh();
                });
        taskCount.addClassName("task-count");
        fallback.addClassName("task-list-fallback");
        boolean fellBack = presenter.openOnWork();
        fallback.setVisible(fellBack);
        VerticalLayout list = new VerticalLayout(queueTabs(), filters, fallback, taskCount, bulkBar, grid());
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
        tabBar.setSelectedTab(tabs.get(presenter.queue()));
        tabBar.addClassName("task-queues");
        tabBar.addSelectedChangeListener(change -> tabs.forEach((queue, tab) -> {
            if (tab == change.getSelectedTab() && queue != presenter.queue()) {
                presenter.show(queue);
                fallback.setVisible(false);
                grid.deselectAll();
                refresh();
                showNothing();
            }
        }));
        return tabBar;
    }

    private Grid<WorklistTask> grid() {
        // The due state first and frozen: always in view, also in the narrow split view.
        Grid.Column<WorklistTask> due = grid.addColumn(DueStateBadge.inRows())
                .setHeader(Texts.text("tasks.due"))
                .setSortProperty(TaskOrder.By.DUE.name())
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(TaskNames::of)
                .setHeader(Texts.text("tasks.task"))
                .setSortProperty(TaskOrder.By.TASK.name())
                .setAutoWidth(true);
        // The reference as text (a click on it opens the task, as on any cell), the case file as its own link.
        grid.addColumn(WorklistTask::caseReference)
                .setHeader(Texts.text("cases.reference"))
                .setAutoWidth(true);
        grid.addColumn(CaseLink.inRows())
                .setHeader(Texts.text("tasks.caseFile"))
                .setAutoWidth(true);
        grid.addColumn(WorklistTask::entity)
                .setHeader(Texts.text("cases.entity"))
                .setAutoWidth(true);
        grid.addColumn(task -> Texts.of(task.allegationType()))
                .setHeader(Texts.text("cases.allegationType"))
                .setAutoWidth(true);
        grid.addColumn(task -> Texts.of(task.personnelCategory()))
                .setHeader(Texts.text("tasks.personnelCategory"))
                .setAutoWidth(true);
        grid.addColumn(WorklistTask::memberState)
                .setHeader(Texts.text("tasks.memberState"))
                .setAutoWidth(true);
        grid.addColumn(task -> task.followUp() == null
                        ? ""
                        : Texts.date(task.followUp().atZone(ZoneOffset.UTC).toLocalDate()))
                .setHeader(Texts.text("tasks.followUp"))
                .setAutoWidth(true);
        grid.addColumn(WorklistTask::assignee)
                .setHeader(Texts.text("tasks.assignee"))
                .setAutoWidth(true);
        grid.addColumn(task -> task.created() == null ? "" : Texts.dateTime(task.created()))
                .setHeader(Texts.text("tasks.created"))
                .setSortProperty(TaskOrder.By.CREATED.name())
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("task-list");
        grid.setMultiSort(false);
        // Ticked rows are for bulk actions; a click (or Enter) opens a task.
        ((GridMultiSelectionModel<WorklistTask>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
                .setSelectionColumnFrozen(true);
        grid.asMultiSelect().addSelectionListener(change -> bulkBar.select(change.getAllSelectedItems()));
        // Vaadin 24.9.5's selection column puts its "Select Row" name on the checkbox element, which
        // does not pass it to the input a screen reader reads: name the inputs, in the user's language.
        grid.getElement().executeJs("""
                const grid = this;
                const name = () => grid.querySelectorAll('vaadin-checkbox[aria-label]').forEach(box => {
                    const input = box.querySelector('input');
                    if (input) {
                        input.setAttribute('aria-label', box.getAttribute('aria-label') === 'Select All' ? $0 : $1);
                    }
                });
                new MutationObserver(name).observe(grid, {childList: true, subtree: true});
                name();""", Texts.text("tasks.selectAll"), Texts.text("tasks.selectTask"));
        // No count: the grid grows as it is scrolled (Vaadin's undefined size), and the count shown
        // above it stops at a thousand (TaskCount); exact counts cost a second at 100 000 tasks.
        grid.setItems(query -> {
            presenter.order(orderOf(query.getSortOrders()));
            return presenter.page(query.getOffset(), query.getLimit()).stream();
        });
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        showCount();
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addCellFocusListener(focus -> focused = focus.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", enter -> {
                    if (focused != null) {
                        open(focused);
                        panel.focusTitle();
                    }
                })
                .setFilter("event.key === 'Enter'");
        return grid;
    }

    /** The grid's sort as the database's order; none (a third click on the header) is the default. */
    static TaskOrder orderOf(List<QuerySortOrder> sorts) {
        return sorts.stream()
                .findFirst()
                .map(sort -> new TaskOrder(
                        TaskOrder.By.valueOf(sort.getSorted()), sort.getDirection() == SortDirection.DESCENDING))
                .orElse(TaskOrder.SOONEST_DUE);
    }

    private void open(WorklistTask task) {
        stopWaiting();
        panel.show(task);
    }

    private void showNothing() {
        stopWaiting();
        panel.showNothing();
    }

    private void refresh() {
        presenter.changed();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        TaskCount count = presenter.count();
        taskCount.setText(
                count.more() ? Texts.text("tasks.countMore", count.tasks()) : Texts.text("tasks.count", count.tasks()));
    }

    /** After a claim, unclaim, reassignment or follow-up date: the list and the task as they are now. */
    private void taskChanged() {
        refresh();
        panel.showCurrent(worklist);
    }

    /**
     * A confirmation, the list as it is now, and the next task: the case's own when it is the user's
     * or theirs to claim (waiting a little while the case moves on to it), else the list's soonest due.
     */
    private void taskCompleted(WorklistTask done) {
        Notification confirmation = Notification.show(
                Texts.text("tasks.completed", TaskNames.of(done), done.caseReference()),
                5000,
                Notification.Position.BOTTOM_START);
        confirmation.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        confirmation.addClassName("task-completed");
        grid.deselectAll();
        refresh();
        if (!offerNextInCase(done.caseReference())) {
            if (nextTasks.caseMovingOn(done.caseReference())) {
                waitForNextStep(done.caseReference());
            } else {
                offerNextInCaseElseInList(done.caseReference());
            }
        }
    }

    private boolean offerNextInCase(String caseReference) {
        return nextTasks
                .inCase(caseReference)
                .map(next -> {
                    showQueueOf(next);
                    offer(next);
                    return true;
                })
                .orElse(false);
    }

    /** The case's next step runs in the background (a job): the list asks again each second, for a while. */
    private void waitForNextStep(String caseReference) {
        panel.show(Texts.text("tasks.nextStepComing", caseReference));
        UI ui = UI.getCurrent();
        int[] polls = {0};
        ui.setPollInterval(POLL_MILLIS);
        waitingForNextStep = ui.addPollListener(poll -> {
            if (offerNextInCase(caseReference)) {
                return;
            }
            if (++polls[0] >= NEXT_STEP_POLLS || !nextTasks.caseMovingOn(caseReference)) {
                stopWaiting();
                offerNextInCaseElseInList(caseReference);
            }
        });
    }

    /**
     * Once the case has no job left: its last job may have made the next task between the look for
     * a task and the look for jobs, so the case is asked once more before another task is offered.
     */
    private void offerNextInCaseElseInList(String caseReference) {
        if (!offerNextInCase(caseReference)) {
            offerNextInList();
        }
    }

    private void stopWaiting() {
        if (waitingForNextStep != null) {
            waitingForNextStep.remove();
            waitingForNextStep = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void offerNextInList() {
        presenter
                .next()
                .ifPresentOrElse(
                        next -> {
                            tabBar.setSelectedTab(tabs.get(presenter.queue()));
                            refresh();
                            offer(next);
                        },
                        () -> {
                            showNothing();
                            grid.focus();
                        });
    }

    private void offer(WorklistTask next) {
        refresh();
        open(next);
        panel.focusTitle();
    }

    /** Shows the list the task is in (unless the manager is on "All tasks"), so the task offered is in view. */
    private void showQueueOf(WorklistTask task) {
        if (presenter.queue() == TaskQueue.ALL) {
            return;
        }
        TaskQueue queue = Objects.equals(task.assignee(), user.username()) ? TaskQueue.MINE : TaskQueue.MY_GROUPS;
        if (queue != presenter.queue()) {
            presenter.show(queue);
            tabBar.setSelectedTab(tabs.get(queue));
        }
    }

    /** On a phone the list and the open task are stacked, each the screen's width, not squeezed side by side. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizing != null) {
            resizing.remove();
        }
        super.onDetach(detach);
    }

    private void fitTo(int windowWidth) {
        setOrientation(windowWidth < STACKED_BELOW_PX ? Orientation.VERTICAL : Orientation.HORIZONTAL);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.tasks");
    }
}
