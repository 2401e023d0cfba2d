package org.safeguard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.JsonObject;

/**
 * A Chart.js chart (MIT licensed, from npm; no paid Vaadin add-on). The caller builds Chart.js's
 * configuration and an {@code aria-label} that says the same in words, since a canvas is
 * invisible to screen readers.
 */
@Tag("sg-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/sg-chart.js")
public class Chart extends Component implements HasSize {

    public Chart() {
        getElement().setAttribute("role", "img");
    }

    public void show(JsonObject config, String description) {
        getElement().setPropertyJson("config", config);
        getElement().setAttribute("aria-label", description);
    }
}
