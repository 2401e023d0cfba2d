package org.safeguard.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/** The dmn-js editor, opened on the model's first decision table. */
@Tag("dmn-editor")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@JsModule("./components/dmn-editor.js")
public class DmnEditor extends Component implements HasSize, EditsModel {

    public DmnEditor() {
        setWidthFull();
    }

    @Override
    public void setXml(String xml) {
        getElement().setProperty("xml", xml);
    }

    @Override
    public void withXml(SerializableConsumer<String> action) {
        getElement().callJsFunction("saveXml").then(String.class, action);
    }

    @Override
    public Registration onChange(Runnable listener) {
        return addListener(ModelChanged.class, event -> listener.run());
    }

    /** The owner changed the decision in the browser. */
    @DomEvent("model-changed")
    public static class ModelChanged extends ComponentEvent<DmnEditor> {
        public ModelChanged(DmnEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
