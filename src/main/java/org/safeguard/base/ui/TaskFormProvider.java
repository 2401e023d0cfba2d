package org.safeguard.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * Forms for the user tasks a feature owns, each bound to the feature's typed service method for
 * that task. The task list collects every provider (Spring beans) and shows the form of the task
 * opened beside the case summary; the shared kernel knows no feature, the features know this.
 */
public interface TaskFormProvider {

    /** The task definition keys (e.g. {@code user_assess_allegation}) this provider draws forms for. */
    Set<String> taskKinds();

    /**
     * The form for one open task. It validates with the same rules as the API, shows messages in
     * the user's language, keeps what was typed on an error, and calls {@code completed} once the
     * typed service has completed the task.
     */
    Component form(String taskId, String taskKind, Runnable completed);
}
