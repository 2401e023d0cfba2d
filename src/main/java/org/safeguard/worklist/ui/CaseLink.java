package org.safeguard.worklist.ui;

import com.vaadin.flow.component.html.Anchor;
import org.safeguard.base.i18n.Texts;
import org.safeguard.worklist.WorklistTask;

/**
 * A link to a task's case file. A plain link (Vaadin's router follows it without a reload) rather
 * than a router link naming the case file's view: the task list does not depend on another feature's UI.
 */
final class CaseLink {

    static String href(WorklistTask task) {
        return "cases/" + task.caseReference();
    }

    /** "Open", named for screen readers "Open the case file SEA-…", for the list's rows. */
    static Anchor of(WorklistTask task) {
        Anchor link = new Anchor(href(task), Texts.text("tasks.open"));
        link.getElement().setAttribute("aria-label", Texts.text("tasks.openCaseFile", task.caseReference()));
        link.getElement().setAttribute("data-case", task.caseReference());
        link.addClassName("case-link");
        return link;
    }

    private CaseLink() {
    }
}
