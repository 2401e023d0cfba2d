package org.safeguard.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * One open task beside its case: claim, unclaim, reassign (managers), the follow-up date, and the
 * task's form once the user has claimed it.
 */
class TaskPanel extends VerticalLayout {

    private final Worklist worklist;
    private final CaseFiles cases;
    private final List<TaskFormProvider> forms;
    private final CurrentUser user;
    private final Runnable changed;
    private final Runnable completed;

    /**
     * @param changed   after a claim, unclaim, reassignment or follow-up date: the list refreshes
     * @param completed after the form completed the task: the list offers the next one
     */
    TaskPanel(Worklist worklist, CaseFiles cases, List<TaskFormProvider> forms, CurrentUser user, Runnable changed,
              Runnable completed) {
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
        removeAll();
        add(new Paragraph(Texts.text("tasks.choose")));
    }

    void show(WorklistTask task) {
        removeAll();
        boolean mine = Objects.equals(task.assignee(), user.username());
        H3 title = new H3(TaskNames.of(task) + " · " + task.caseReference());
        title.addClassName("task-title");
        add(title, new DueStateBadge(task), actions(task, mine));
        cases.find(task.caseReference()).ifPresent(details -> add(new CaseSummary(details)));
        add(mine ? form(task) : new Paragraph(Texts.text(task.assignee() == null ? "tasks.claimFirst" : "tasks.assignedTo",
                task.assignee())));
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
        if (worklist.managesTasks()) {
            ComboBox<String> assignee = reassignTo(task);
            Button reassign = new Button(Texts.text("tasks.reassign"), click -> reassign(task, assignee));
            reassign.addClassName("reassign");
            actions.add(assignee, reassign);
        }
        return actions;
    }

    /** The users who may do the task and see its case: the only ones a manager may give it to. */
    private ComboBox<String> reassignTo(WorklistTask task) {
        ComboBox<String> assignee = new ComboBox<>(Texts.text("tasks.reassignTo"));
        assignee.addClassName("reassign-to");
        assignee.setItems(worklist.candidates(task.id()));
        assignee.setClearButtonVisible(true);
        return assignee;
    }

    private void reassign(WorklistTask task, ComboBox<String> assignee) {
        try {
            worklist.reassign(task.id(), assignee.getValue());
        } catch (InvalidInputException refused) {
            assignee.setErrorMessage(reassignRefusal(refused));
            assignee.setInvalid(true);
            return;
        }
        changed.run();
    }

    static String reassignRefusal(InvalidInputException refused) {
        return refused.violations().stream().anyMatch(v -> Worklist.ASSIGNEE_REQUIRED.equals(v.reason()))
                ? Texts.text("tasks.reassign.chooseSomeone") : Texts.text("tasks.reassign.mayNot");
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
        return forms.stream().filter(provider -> provider.taskKinds().contains(task.kind())).findFirst()
                .map(provider -> provider.form(task.id(), task.kind(), completed))
                .orElseGet(() -> new Paragraph(Texts.text("tasks.noForm")));
    }
}
