package org.safeguard.worklist.ui;

import com.vaadin.flow.component.html.Span;
import org.safeguard.base.i18n.Texts;
import org.safeguard.worklist.WorklistTask;

/** The due date with its state in words and colour, so colour is never the only signal. */
class DueStateBadge extends Span {

    DueStateBadge(WorklistTask task) {
        String due = task.due() == null ? "" : Texts.dateTime(task.due()) + " · ";
        setText(due + Texts.of(task.state()));
        getElement().getThemeList().add("badge");
        switch (task.state()) {
            case OVERDUE -> getElement().getThemeList().add("error");
            case AT_RISK -> getElement().getThemeList().add("warning");
            case ON_TRACK -> getElement().getThemeList().add("success");
        }
        addClassName("due-state");
        getElement().setAttribute("data-state", task.state().name());
    }
}
