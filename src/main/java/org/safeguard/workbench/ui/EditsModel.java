package org.safeguard.workbench.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.safeguard.workbench.ModelFinding;

/** What the editor view needs of a BPMN or a DMN editor in the browser. */
interface EditsModel {

    void setXml(String xml);

    /** Hands the model as edited in the browser to {@code action}, in the UI's session. */
    void withXml(SerializableConsumer<String> action);

    /** Draws the findings on their elements, where the editor can. */
    default void showFindings(List<ModelFinding> findings) {}

    default void select(String elementId) {}

    Registration onChange(Runnable listener);
}
