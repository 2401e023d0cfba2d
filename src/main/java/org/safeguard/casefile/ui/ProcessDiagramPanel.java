package org.safeguard.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.CaseProcess;
import org.safeguard.base.process.ProcessDiagram;
import org.safeguard.base.process.ProcessDiagrams;
import org.safeguard.base.ui.BpmnDiagram;
import org.safeguard.base.ui.ProcessLabels;

/**
 * Where a case's running process instances stand: choose one, see its diagram, zoom it with
 * buttons (keyboard users have no mouse wheel); a click on a call activity shows the instance it
 * started (a finished one too, then none of the choices is chosen). Names in the user's language.
 */
class ProcessDiagramPanel extends VerticalLayout {

    private static final double ZOOM_STEP = 1.25;

    private final ProcessDiagrams diagrams;
    private final BpmnDiagram diagram = new BpmnDiagram();
    private final Span processName = new Span();
    private final Select<CaseProcess> choice = new Select<>();
    private String shownInstanceId;

    ProcessDiagramPanel(ProcessDiagrams diagrams, List<CaseProcess> running) {
        this.diagrams = diagrams;
        setPadding(false);
        addClassName("processes");
        processName.addClassName("diagram-process");
        choice.setLabel(Texts.text("caseFile.runningProcess"));
        choice.setWidth("min(32em, 100%)");
        choice.setItemLabelGenerator(process -> Texts.text(
                "caseFile.process",
                ProcessLabels.process(process.processKey(), process.processName()),
                Texts.dateTime(process.startedAt())));
        choice.setItems(running);
        choice.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().processInstanceId());
            }
        });
        diagram.addCallActivityClickListener(click -> diagrams.calledBy(shownInstanceId, click.activityId())
                .ifPresent(called -> running.stream()
                        .filter(process -> process.processInstanceId().equals(called))
                        .findFirst()
                        .ifPresentOrElse(choice::setValue, () -> {
                            choice.clear();
                            show(called);
                        })));
        // Large enough to read a task's name without zooming; the page scrolls past it.
        diagram.setHeight("70vh");
        diagram.getStyle().set("min-height", "420px");
        // A figure, not an image: a click on a call activity opens the instance it started, and an
        // image's content is not reachable by screen readers.
        diagram.getElement().setAttribute("role", "figure");
        HorizontalLayout bar = new HorizontalLayout(processName, zoomButtons());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(choice, bar, diagram, new Span(Texts.text("caseFile.diagramHelp")));
        choice.setValue(running.get(0));
    }

    private HorizontalLayout zoomButtons() {
        HorizontalLayout zoom = new HorizontalLayout(
                zoomButton(VaadinIcon.PLUS, Texts.text("caseFile.zoomIn"), "zoom-in", () -> diagram.zoom(ZOOM_STEP)),
                zoomButton(
                        VaadinIcon.MINUS,
                        Texts.text("caseFile.zoomOut"),
                        "zoom-out",
                        () -> diagram.zoom(1 / ZOOM_STEP)),
                zoomButton(VaadinIcon.EXPAND_SQUARE, Texts.text("caseFile.fitDiagram"), "zoom-fit", diagram::fit));
        zoom.setSpacing(false);
        zoom.addClassName("diagram-zoom");
        return zoom;
    }

    private static Button zoomButton(VaadinIcon icon, String label, String className, Runnable action) {
        Button button = new Button(label, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private void show(String processInstanceId) {
        ProcessDiagram model = diagrams.diagram(processInstanceId);
        shownInstanceId = processInstanceId;
        String name = ProcessLabels.process(model.processKey(), model.processName());
        processName.setText(name);
        String current = model.currentActivityIds().stream()
                .distinct()
                .map(id -> ProcessLabels.element(model.processKey(), id, id))
                .collect(Collectors.joining(", "));
        diagram.getElement().setAttribute("aria-label", Texts.text("caseFile.diagramLabel", name, current));
        diagram.show(model.xml(), model.currentActivityIds(), model.completedActivityIds());
    }
}
