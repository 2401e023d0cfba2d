package org.safeguard.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.workbench.ModelFinding;

/**
 * The bpmn-js modeler with the Camunda 7 properties panel and bpmnlint, as a Vaadin component.
 * The server gives it a model and the findings of Safeguard's rules to draw on their elements,
 * and asks it for the edited model when the owner saves.
 */
@Tag("bpmn-editor")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "8.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "bpmn-js-bpmnlint", version = "0.24.0")
@NpmPackage(value = "bpmnlint", version = "11.15.0")
@JsModule("./components/bpmn-editor.js")
public class BpmnEditor extends Component implements HasSize, EditsModel {

    public BpmnEditor() {
        setWidthFull();
    }

    @Override
    public void setXml(String xml) {
        getElement().setProperty("xml", xml);
    }

    /** Marks each finding's element on the diagram; replaces the findings shown before. */
    @Override
    public void showFindings(List<ModelFinding> findings) {
        JsonArray array = Json.createArray();
        for (ModelFinding finding : findings) {
            JsonObject item = Json.createObject();
            item.put("elementId", finding.elementId() == null ? "" : finding.elementId());
            item.put("rule", finding.rule());
            item.put("message", finding.message());
            array.set(array.length(), item);
        }
        getElement().setPropertyJson("findings", array);
    }

    /** The model as edited in the browser. */
    @Override
    public void withXml(SerializableConsumer<String> action) {
        getElement().callJsFunction("saveXml").then(String.class, action);
    }

    @Override
    public void select(String elementId) {
        getElement().callJsFunction("selectElement", elementId);
    }

    @Override
    public Registration onChange(Runnable listener) {
        return addListener(ModelChanged.class, event -> listener.run());
    }

    public Registration addLintListener(ComponentEventListener<LintCompleted> listener) {
        return addListener(LintCompleted.class, listener);
    }

    /** The owner changed the model in the browser. */
    @DomEvent("model-changed")
    public static class ModelChanged extends ComponentEvent<BpmnEditor> {
        public ModelChanged(BpmnEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** bpmnlint checked the model as it now stands. */
    @DomEvent("lint-completed")
    public static class LintCompleted extends ComponentEvent<BpmnEditor> {

        private final List<LintIssue> issues = new ArrayList<>();

        public LintCompleted(
                BpmnEditor source, boolean fromClient, @EventData("event.detail.issues") JsonArray issues) {
            super(source, fromClient);
            for (int i = 0; i < issues.length(); i++) {
                JsonObject issue = issues.getObject(i);
                this.issues.add(new LintIssue(
                        issue.getString("elementId"),
                        issue.getString("rule"),
                        issue.getString("category"),
                        issue.getString("message")));
            }
        }

        public List<LintIssue> issues() {
            return List.copyOf(issues);
        }
    }

    /** One complaint of bpmnlint: {@code category} is {@code error} or {@code warn}. */
    public record LintIssue(String elementId, String rule, String category, String message) {

        public boolean isError() {
            return "error".equals(category);
        }
    }
}
