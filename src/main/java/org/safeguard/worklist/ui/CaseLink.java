package org.safeguard.worklist.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
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

    /**
     * "Open", named for screen readers "Open the case file SEA-…", in the list's rows; drawn by the
     * browser, since a server component per row would stay in the session for every row shown.
     */
    static LitRenderer<WorklistTask> inRows() {
        return LitRenderer.<WorklistTask>of(
                        "<a class=\"case-link\" href=\"${item.href}\" data-case=\"${item.reference}\" "
                                + "aria-label=\"${item.label}\">${item.open}</a>")
                .withProperty("href", CaseLink::href)
                .withProperty("reference", WorklistTask::caseReference)
                .withProperty("label", task -> Texts.text("tasks.openCaseFile", task.caseReference()))
                .withProperty("open", task -> Texts.text("tasks.open"));
    }

    private CaseLink() {}
}
