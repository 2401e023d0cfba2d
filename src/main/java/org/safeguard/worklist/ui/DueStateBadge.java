package org.safeguard.worklist.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.WorklistTask;

/** The due date with its state in words and colour, so colour is never the only signal. */
class DueStateBadge extends Span {

    DueStateBadge(WorklistTask task) {
        setText(text(task));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add(colour(task.state()));
        addClassName("due-state");
        getElement().setAttribute("data-state", task.state().name());
    }

    /**
     * The same badge in the list's rows, drawn by the browser from three values per row: a server
     * component per row would keep its state in the session for every row the grid has shown.
     */
    static LitRenderer<WorklistTask> inRows() {
        return LitRenderer.<WorklistTask>of("<span theme=\"badge ${item.colour}\" class=\"due-state\" "
                        + "data-state=\"${item.state}\">${item.text}</span>")
                .withProperty("text", DueStateBadge::text)
                .withProperty("colour", task -> colour(task.state()))
                .withProperty("state", task -> task.state().name());
    }

    private static String text(WorklistTask task) {
        String due = task.due() == null ? "" : Texts.dateTime(task.due()) + " · ";
        return due + Texts.of(task.state());
    }

    /** Lumo's badge variant for the state. */
    private static String colour(DueState state) {
        return switch (state) {
            case OVERDUE -> "error";
            case AT_RISK -> "warning";
            case ON_TRACK -> "success";
        };
    }
}
