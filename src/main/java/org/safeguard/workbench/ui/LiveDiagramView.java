package org.safeguard.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.BpmnDiagram;
import org.safeguard.workbench.ActivityFigure;
import org.safeguard.workbench.LiveFigures;
import org.safeguard.workbench.Model;
import org.safeguard.workbench.ModelKind;
import org.safeguard.workbench.ModelLibrary;
import org.safeguard.workbench.ModelLiveView;
import org.safeguard.workbench.ModelVersion;

/**
 * A deployed process with the number of active cases on each activity and the state of their
 * deadlines (on track, at risk, overdue), so an owner sees where cases pile up before changing
 * the model. Counts only: no case is named.
 */
@Route("models/:key/live")
@RolesAllowed("OWNER")
public class LiveDiagramView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelLibrary library;
    private final ModelLiveView live;
    private final BpmnDiagram diagram = new BpmnDiagram();
    private final Grid<ActivityFigure> table = new Grid<>(ActivityFigure.class, false);
    private final Select<ModelVersion> version = new Select<>();
    private String key;
    private Integer drawnVersion;

    public LiveDiagramView(ModelLibrary library, ModelLiveView live) {
        this.library = library;
        this.live = live;
        addClassName("live-diagram-view");
        setWidthFull();
        diagram.setHeight("520px");
        table.addClassName("live-figures");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(ActivityFigure::activityId)
                .setHeader(Texts.text("models.element"))
                .setAutoWidth(true);
        table.addColumn(ActivityFigure::active).setHeader(Texts.text("models.liveActive"));
        table.addColumn(ActivityFigure::onTrack).setHeader(Texts.text("models.liveOnTrack"));
        table.addColumn(ActivityFigure::atRisk).setHeader(Texts.text("models.liveAtRisk"));
        table.addColumn(ActivityFigure::overdue).setHeader(Texts.text("models.liveOverdue"));
        version.setLabel(Texts.text("models.version"));
        version.setItemLabelGenerator(v -> Texts.text("models.liveVersion", v.version(), v.runningInstances()));
        version.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElseThrow();
        Model model = library.models().stream()
                .filter(m -> m.key().equals(key) && m.kind() == ModelKind.PROCESS)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Process " + key));
        removeAll();
        drawnVersion = null;
        Button refresh = new Button(Texts.text("models.liveRefresh"), click -> show(version.getValue()));
        refresh.addClassName("live-refresh");
        HorizontalLayout bar = new HorizontalLayout(version, refresh);
        bar.setAlignItems(Alignment.BASELINE);
        add(
                new H2(Texts.text("models.liveTitle", key)),
                new Paragraph(Texts.text("models.liveIntro")),
                bar,
                diagram,
                table);
        List<ModelVersion> versions = model.versions();
        version.setItems(versions);
        version.setValue(versions.stream()
                .filter(v -> v.runningInstances() > 0)
                .findFirst()
                .orElse(versions.get(0)));
    }

    private void show(ModelVersion shown) {
        LiveFigures figures = live.figures(key, shown.version());
        // Refresh brings new counts on the same model: read and draw the model only when the version changes.
        if (!Integer.valueOf(shown.version()).equals(drawnVersion)) {
            diagram.show(
                    new String(library.file(key, shown.version()).content(), StandardCharsets.UTF_8),
                    List.of(),
                    List.of());
            drawnVersion = shown.version();
        }
        diagram.showLoad(figures.activities().stream()
                .map(f ->
                        new BpmnDiagram.ActivityLoad(f.activityId(), f.active(), f.onTrack(), f.atRisk(), f.overdue()))
                .toList());
        table.setItems(figures.activities());
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("models.livePageTitle");
    }
}
