package org.safeguard.worklist.ui;

import com.vaadin.flow.component.html.Anchor;
import org.safeguard.worklist.WorklistTask;

/**
 * A link to a task's case file. A plain link (Vaadin's router follows it without a reload) rather
 * than a router link naming the case file's view: the task list does not depend on another feature's UI.
 */
final class CaseLink {

    static String href(WorklistTask task) {
        return "cases/" + task.caseReference();
    }

    /** The case reference as a link, for the list's rows. */
    static Anchor of(WorklistTask task) {
        Anchor link = new Anchor(href(task), task.caseReference());
        link.addClassName("case-link");
        return link;
    }

    private CaseLink() {
    }
}
