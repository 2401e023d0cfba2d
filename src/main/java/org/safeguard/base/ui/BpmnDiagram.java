package org.safeguard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Collection;

/**
 * A BPMN model drawn by bpmn-js in the browser, its current activities marked {@code current} and
 * its finished ones {@code completed}, its names in the user's language ({@link ProcessLabels}).
 * Read-only: a click on a call activity is all it reports; {@link #zoom} and {@link #fit} let
 * buttons do what the mouse wheel does.
 */
@Tag("bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/bpmn-diagram.js")
public class BpmnDiagram extends Component implements HasSize {

    public BpmnDiagram() {
        setWidthFull();
        setHeight("420px");
    }

    public void show(String xml, Collection<String> currentActivityIds, Collection<String> completedActivityIds) {
        getElement().setProperty("xml", ProcessLabels.translate(xml));
        getElement().setPropertyJson("current", ids(currentActivityIds));
        getElement().setPropertyJson("completed", ids(completedActivityIds));
    }

    /** Puts on each activity the number of cases waiting there, split by their deadlines' state. */
    public void showLoad(Collection<ActivityLoad> load) {
        JsonArray array = Json.createArray();
        for (ActivityLoad activity : load) {
            JsonObject item = Json.createObject();
            item.put("activityId", activity.activityId());
            item.put("active", activity.active());
            item.put("onTrack", activity.onTrack());
            item.put("atRisk", activity.atRisk());
            item.put("overdue", activity.overdue());
            array.set(array.length(), item);
        }
        getElement().setPropertyJson("figures", array);
    }

    /** Zooms around the middle of the view by {@code factor} (above 1 closer, below 1 further). */
    public void zoom(double factor) {
        // After the model is drawn: a click may come while a new model is being imported.
        getElement()
                .executeJs(
                        "this._drawn.then(() => { const canvas = this._viewer.get('canvas');"
                                + " canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * $0)), 'auto'); })",
                        factor);
    }

    /** Shows the whole model in the view. */
    public void fit() {
        getElement().executeJs("this._drawn.then(() => this._viewer.get('canvas').zoom('fit-viewport', 'auto'))");
    }

    public Registration addCallActivityClickListener(ComponentEventListener<CallActivityClick> listener) {
        return addListener(CallActivityClick.class, listener);
    }

    private static JsonArray ids(Collection<String> ids) {
        JsonArray array = Json.createArray();
        ids.forEach(id -> array.set(array.length(), id));
        return array;
    }

    /** Cases waiting at one activity: all of them, and of those with a deadline, in which state. */
    public record ActivityLoad(String activityId, long active, long onTrack, long atRisk, long overdue) {}

    /** The user clicked the call activity {@code activityId} of the diagram shown. */
    @DomEvent("call-activity-click")
    public static class CallActivityClick extends ComponentEvent<BpmnDiagram> {

        private final String activityId;

        public CallActivityClick(
                BpmnDiagram source, boolean fromClient, @EventData("event.detail.activityId") String activityId) {
            super(source, fromClient);
            this.activityId = activityId;
        }

        public String activityId() {
            return activityId;
        }
    }
}
