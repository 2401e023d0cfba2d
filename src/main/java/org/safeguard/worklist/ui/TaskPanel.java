package org.safeguard.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.worklist.Colleague;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * One open task beside its case: a link to the case file, claim, unclaim, give it to a named
 * colleague (managers; the assignee handing it over), the follow-up date, and the task's form once
 * the user has claimed it.
 */
class TaskPanel extends VerticalLayout {

    private final Worklist worklist;
    private final CaseFiles cases;
    private final List<TaskFormProvider> forms;
    private final CurrentUser user;
    private final Runnable changed;
    private final Consumer<WorklistTask> completed;
    private H3 title;
    private WorklistTask current;

    /**
     * @param changed   after a claim, unclaim, reassignment or follow-up date: the list refreshes
     * @param completed after the form completed the task (given): the list offers the next one
     */
    TaskPanel(
            Worklist worklist,
            CaseFiles cases,
            List<TaskFormProvider> forms,
            CurrentUser user,
            Runnable changed,
            Consumer<WorklistTask> completed) {
        this.worklist = worklist;
        this.cases = cases;
        this.forms = forms;
        this.user = user;
        this.changed = changed;
        this.completed = completed;
        addClassName("task-panel");
        showNothing();
    }

    void showNothing() {
        show(Texts.text("tasks.choose"));
    }

    /** A line instead of a task, e.g. while the next step of a case is being prepared. */
    void show(String message) {
        removeAll();
        title = null;
        current = null;
        Paragraph line = new Paragraph(message);
        line.addClassName("task-panel-message");
        add(line);
    }

    void show(WorklistTask task) {
        removeAll();
        current = task;
        boolean mine = Objects.equals(task.assignee(), user.username());
        title = new H3(TaskNames.of(task) + " · " + task.caseReference());
        title.addClassName("task-title");
        // Focusable by script only, so that focus can move here after a completion (not a tab stop).
        title.getElement().setAttribute("tabindex", "-1");
        Anchor caseFile = new Anchor(CaseLink.href(task), Texts.text("tasks.openCaseFile", task.caseReference()));
        caseFile.addClassName("case-file-link");
        add(title, caseFile, new DueStateBadge(task), actions(task, mine));
        cases.find(task.caseReference()).ifPresent(details -> add(new CaseSummary(details)));
        add(
                mine
                        ? form(task)
                        : new Paragraph(Texts.text(
                                task.assignee() == null ? "tasks.claimFirst" : "tasks.assignedTo", task.assignee())));
    }

    private HorizontalLayout actions(WorklistTask task, boolean mine) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (task.assignee() == null) {
            actions.add(button(Texts.text("tasks.claim"), "claim", () -> worklist.claim(task.id())));
        } else if (mine || worklist.managesTasks()) {
            actions.add(button(Texts.text("tasks.unclaim"), "unclaim", () -> worklist.unclaim(task.id())));
        }
        if (mine || worklist.managesTasks()) {
            DatePicker followUp = new DatePicker(Texts.text("tasks.followUp"));
            followUp.setLocale(Texts.locale());
            followUp.addClassName("follow-up");
            if (task.followUp() != null) {
                followUp.setValue(task.followUp().atZone(ZoneOffset.UTC).toLocalDate());
            }
            followUp.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    worklist.setFollowUp(task.id(), change.getValue());
                    changed.run();
                }
            });
            actions.add(followUp);
        }
        if (worklist.mayAssign(task)) {
            ComboBox<Colleague> assignee = assignTo(task);
            Button reassign = new Button(
                    Texts.text(worklist.managesTasks() ? "tasks.reassign" : "tasks.assign"),
                    click -> reassign(task, assignee));
            reassign.addClassName("reassign");
            actions.add(assignee, reassign);
        }
        return actions;
    }

    /** The colleagues who may do the task and see its case, by name: the only ones it may be given to. */
    private ComboBox<Colleague> assignTo(WorklistTask task) {
        ComboBox<Colleague> assignee =
                new ComboBox<>(Texts.text(worklist.managesTasks() ? "tasks.reassignTo" : "tasks.assignTo"));
        assignee.addClassName("reassign-to");
        assignee.setItems(worklist.colleagues(task.id()).stream()
                .filter(colleague -> !colleague.username().equals(task.assignee()))
                .toList());
        assignee.setItemLabelGenerator(Colleague::label);
        assignee.setClearButtonVisible(true);
        assignee.setWidth("18em");
        return assignee;
    }

    private void reassign(WorklistTask task, ComboBox<Colleague> assignee) {
        try {
            worklist.reassign(
                    task.id(),
                    assignee.getValue() == null ? null : assignee.getValue().username());
        } catch (InvalidInputException refused) {
            assignee.setErrorMessage(reassignRefusal(refused));
            assignee.setInvalid(true);
            return;
        }
        changed.run();
    }

    static String reassignRefusal(InvalidInputException refused) {
        return refused.violations().stream().anyMatch(v -> Worklist.ASSIGNEE_REQUIRED.equals(v.reason()))
                ? Texts.text("tasks.reassign.chooseSomeone")
                : Texts.text("tasks.reassign.mayNot");
    }

    private Button button(String label, String className, Runnable action) {
        Button button = new Button(label, click -> {
            action.run();
            changed.run();
        });
        button.addClassName(className);
        return button;
    }

    private Component form(WorklistTask task) {
        return forms.stream()
                .filter(provider -> provider.taskKinds().contains(task.kind()))
                .findFirst()
                .map(provider -> provider.form(task.id(), task.kind(), () -> completed.accept(task)))
                .orElseGet(() -> new Paragraph(Texts.text("tasks.noForm")));
    }

    /** The task shown, as it is now (after a claim, a reassignment); nothing when it is no longer open to the user. */
    void showCurrent(Worklist tasks) {
        if (current != null) {
            try {
                show(tasks.task(current.id()));
            } catch (NotFoundException gone) {
                showNothing();
            }
        }
    }

    /** Moves focus to the task's title, so a keyboard or screen-reader user continues from there. */
    void focusTitle() {
        if (title != null) {
            title.getElement().callJsFunction("focus");
        }
    }
}
