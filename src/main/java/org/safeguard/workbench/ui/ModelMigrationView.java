package org.safeguard.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.FailedMigration;
import org.safeguard.workbench.MigrationBatch;
import org.safeguard.workbench.MigrationPreview;
import org.safeguard.workbench.MigrationProgress;
import org.safeguard.workbench.ModelMigrations;

/**
 * Moves running cases from one version of a process to another: the preview (which activity maps
 * to which, which cases would move and which would stay, and why), the owner's choice of cases and
 * of whether their deadlines follow the new version, then the engine's migration batch with its
 * progress, each failed case with the reason, and a retry.
 */
@Route("models/:key/migrate/:from/:to")
@RolesAllowed("OWNER")
public class ModelMigrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final ModelMigrations migrations;
    private final Grid<MigrationPreview.InstanceMove> instances =
            new Grid<>(MigrationPreview.InstanceMove.class, false);
    private final Checkbox updateTimers = new Checkbox(Texts.text("models.updateTimers"), true);
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<FailedMigration> failures = new Grid<>(FailedMigration.class, false);
    private final Button retry = new Button(Texts.text("models.retry"));
    private String key;
    private int from;
    private int to;
    private String batchId;
    private GridListDataView<MigrationPreview.InstanceMove> shown;
    private Registration polling;

    public ModelMigrationView(ModelMigrations migrations) {
        this.migrations = migrations;
        addClassName("model-migration-view");
        setWidthFull();
        instances.addClassName("migration-instances");
        instances.addThemeVariants(GridVariant.LUMO_COMPACT);
        instances.setSelectionMode(Grid.SelectionMode.MULTI);
        instances.setItemSelectableProvider(MigrationPreview.InstanceMove::moves);
        instances.setHeight("22rem");
        instances
                .addColumn(MigrationPreview.InstanceMove::caseReference)
                .setHeader(Texts.text("models.case"))
                .setAutoWidth(true);
        instances
                .addColumn(i -> String.join(", ", i.waitingAt()))
                .setHeader(Texts.text("models.waitingAt"))
                .setAutoWidth(true);
        instances
                .addColumn(i -> i.moves() ? Texts.text("models.moves") : i.reason())
                .setHeader(Texts.text("models.outcome"))
                .setFlexGrow(2);
        failures.addClassName("migration-failures");
        failures.addThemeVariants(GridVariant.LUMO_COMPACT);
        failures.setAllRowsVisible(true);
        failures.addColumn(FailedMigration::caseReference)
                .setHeader(Texts.text("models.case"))
                .setAutoWidth(true);
        failures.addColumn(FailedMigration::message)
                .setHeader(Texts.text("models.message"))
                .setFlexGrow(3);
        progressText.addClassName("migration-progress");
        retry.addClassName("migration-retry");
        retry.addClickListener(click -> show(migrations.retry(batchId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElseThrow();
        from = event.getRouteParameters().getInteger("from").orElseThrow();
        to = event.getRouteParameters().getInteger("to").orElseThrow();
        MigrationPreview preview = migrations.preview(key, from, to);
        removeAll();
        add(
                new H2(Texts.text("models.migrateTitle", key, from, to)),
                mappings(preview),
                new H3(Texts.text("models.runningCases")),
                choice(),
                instances,
                updateTimers,
                startButton());
        shown = instances.setItems(preview.instances());
    }

    /** Hundreds of cases may run on a version: the owner narrows them by reference and picks. */
    private HorizontalLayout choice() {
        TextField filter = new TextField(Texts.text("models.filterCases"));
        filter.addClassName("migration-filter");
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(change -> shown.setFilter(i -> i.caseReference() != null
                && i.caseReference().contains(change.getValue().trim())));
        Button selectShown = new Button(
                Texts.text("models.selectShown"),
                click -> shown.getItems()
                        .filter(MigrationPreview.InstanceMove::moves)
                        .forEach(instances::select));
        selectShown.addClassName("migration-select-shown");
        Button clear = new Button(Texts.text("models.clearSelection"), click -> instances.deselectAll());
        clear.addClassName("migration-clear-selection");
        HorizontalLayout choice = new HorizontalLayout(filter, selectShown, clear);
        choice.setAlignItems(Alignment.BASELINE);
        return choice;
    }

    private Paragraph mappings(MigrationPreview preview) {
        String unmapped = preview.unmappedActivities().isEmpty()
                ? Texts.text("models.allMapped")
                : Texts.text("models.unmapped", String.join(", ", preview.unmappedActivities()));
        Paragraph text =
                new Paragraph(Texts.text("models.mapped", preview.mappings().size()) + " " + unmapped);
        text.addClassName("migration-mappings");
        return text;
    }

    private Button startButton() {
        Button start = new Button(Texts.text("models.migrate"));
        start.addClickListener(click -> {
            if (!instances.getSelectedItems().isEmpty()) {
                new ReasonDialog(
                                Texts.text(
                                        "models.migrateConfirm",
                                        instances.getSelectedItems().size(),
                                        to),
                                reason -> start(start, reason))
                        .open();
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("migration-start");
        return start;
    }

    private void start(Button start, String reason) {
        List<String> ids = instances.getSelectedItems().stream()
                .map(MigrationPreview.InstanceMove::processInstanceId)
                .toList();
        MigrationBatch batch = migrations.start(key, from, to, ids, updateTimers.getValue(), reason);
        batchId = batch.batchId();
        progressText.getElement().setAttribute("data-batch-id", batchId);
        start.setEnabled(false);
        add(new H3(Texts.text("models.progress")), bar, progressText, failures, retry);
        show(migrations.progress(batchId));
    }

    private void show(MigrationProgress progress) {
        bar.setValue(progress.total() == 0 ? 1 : (double) (progress.migrated() + progress.failed()) / progress.total());
        progressText.setText(Texts.text(
                progress.finished() ? "models.progressDone" : "models.progressRunning",
                progress.migrated(),
                progress.total(),
                progress.failed()));
        failures.setItems(progress.failures());
        failures.setVisible(!progress.failures().isEmpty());
        retry.setVisible(progress.failed() > 0);
        getUI().ifPresent(ui -> ui.setPollInterval(progress.finished() && progress.failed() == 0 ? -1 : POLL_MILLIS));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (batchId != null) {
                show(migrations.progress(batchId));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        polling.remove();
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("models.migratePageTitle");
    }
}
