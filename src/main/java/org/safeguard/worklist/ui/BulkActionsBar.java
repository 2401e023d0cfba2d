package org.safeguard.worklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.worklist.BulkOutcome;
import org.safeguard.worklist.BulkTaskActions;
import org.safeguard.worklist.Colleague;
import org.safeguard.worklist.WorklistTask;

/**
 * What the user can do with the tasks ticked in the list: claim them all, and for managers give them
 * all to a named colleague with a reason. The outcome stays on screen, one line per refused task,
 * until the next action (a live region, so screen readers announce it).
 */
class BulkActionsBar extends VerticalLayout {

    private final BulkTaskActions bulk;
    private final boolean manager;
    private final Runnable changed;
    private final Span selected = new Span();
    private final Div outcome = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    // Built when the first task is ticked: most visits tick none, and each field stays in the session.
    private ComboBox<Colleague> assignee;
    private TextField reason;
    private Set<WorklistTask> tasks = Set.of();

    /**
     * @param manager whether to offer the reassignment
     * @param changed after an action: the list refreshes (and the selection is cleared)
     */
    BulkActionsBar(BulkTaskActions bulk, boolean manager, Runnable changed) {
        this.bulk = bulk;
        this.manager = manager;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        addClassName("bulk-actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        outcome.addClassName("bulk-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(actions, outcome);
        select(Set.of());
    }

    private void addActions() {
        Button claim = new Button(Texts.text("tasks.bulk.claim"), click -> claim());
        claim.addClassName("bulk-claim");
        actions.add(selected, claim);
        if (manager) {
            assignee = new ComboBox<>(Texts.text("tasks.bulk.assignee"));
            assignee.addClassName("bulk-assignee");
            assignee.setItemLabelGenerator(Colleague::label);
            assignee.setWidth("18em");
            reason = new TextField(Texts.text("tasks.bulk.reason"));
            reason.addClassName("bulk-reason");
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(BulkTaskActions.REASON_MAX);
            Button reassign = new Button(Texts.text("tasks.bulk.reassign"), click -> reassign());
            reassign.addClassName("bulk-reassign");
            actions.add(assignee, reason, reassign);
        }
    }

    /** The tasks ticked now; the bar shows only while there are some. */
    void select(Set<WorklistTask> selection) {
        tasks = Set.copyOf(selection);
        actions.setVisible(!tasks.isEmpty());
        if (actions.getComponentCount() == 0) {
            if (tasks.isEmpty()) {
                return;
            }
            addActions();
        }
        selected.setText(Texts.text("tasks.selected", tasks.size()));
        if (manager) {
            // Everyone who may take at least one of them; a task they may not take is refused alone.
            assignee.setItems(tasks.isEmpty() ? List.of() : bulk.colleagues(ids()));
        }
    }

    private void claim() {
        report(bulk.claim(ids()));
    }

    private void reassign() {
        reason.setInvalid(false);
        assignee.setInvalid(false);
        try {
            report(bulk.assign(
                    ids(),
                    assignee.getValue() == null ? null : assignee.getValue().username(),
                    reason.getValue()));
            reason.clear();
        } catch (InvalidInputException refused) {
            refused.violations().forEach(violation -> {
                if (BulkTaskActions.REASON.equals(violation.field())) {
                    reason.setErrorMessage(Texts.text("tasks.bulk.reasonRequired"));
                    reason.setInvalid(true);
                } else {
                    assignee.setErrorMessage(Texts.text("tasks.reassign.chooseSomeone"));
                    assignee.setInvalid(true);
                }
            });
        }
    }

    private void report(BulkOutcome result) {
        Map<String, WorklistTask> byId =
                tasks.stream().collect(Collectors.toMap(WorklistTask::id, Function.identity()));
        outcome.removeAll();
        outcome.add(new Div(
                Texts.text("tasks.bulk.outcome", result.done(), result.refused().size())));
        for (BulkOutcome.TaskOutcome refused : result.refused()) {
            WorklistTask task = byId.get(refused.taskId());
            String what = task == null ? refused.taskId() : TaskNames.of(task) + " · " + task.caseReference();
            Div line = new Div(Texts.text("tasks.bulk.refused", what, Texts.of(refused.result())));
            line.addClassName("bulk-refused");
            outcome.add(line);
        }
        changed.run();
    }

    private List<String> ids() {
        return tasks.stream().map(WorklistTask::id).toList();
    }
}
