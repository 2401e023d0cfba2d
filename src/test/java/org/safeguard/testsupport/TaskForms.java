package org.safeguard.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** Drives a task form without a browser, as the user's click on its complete button would. */
public final class TaskForms {

    public static void complete(Component form) {
        form.getChildren()
                .filter(child -> child.getElement().getClassList().contains("complete-task"))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();
    }

    private TaskForms() {}
}
