package org.safeguard.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.safeguard.base.i18n.Texts;
import org.safeguard.sandbox.ModelSandbox;
import org.safeguard.workbench.Model;
import org.safeguard.workbench.ModelDraft;
import org.safeguard.workbench.ModelDrafts;
import org.safeguard.workbench.ModelKind;
import org.safeguard.workbench.ModelLibrary;
import org.safeguard.workbench.ModelVersion;

/**
 * The process owners' model library: every process and decision with its versions (who deployed
 * each, when, why, how many cases still run on it), the draft being edited, and the ways on: edit
 * the draft, watch the cases live, download a version, roll back to one; and what a model may call.
 */
@Route("models")
@Menu(title = "nav.models", order = 8)
@RolesAllowed("OWNER")
public class ModelLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ModelLibrary library;
    private final ModelDrafts drafts;
    private final VerticalLayout models = new VerticalLayout();

    public ModelLibraryView(ModelLibrary library, ModelDrafts drafts) {
        this.library = library;
        this.drafts = drafts;
        addClassName("model-library-view");
        setWidthFull();
        models.setPadding(false);
        add(new H2(Texts.text("models.title")), new Paragraph(Texts.text("models.intro")), models, sandbox());
        refresh();
    }

    /** What models may call, closed by default: the owner opens it when an expression is refused. */
    private Details sandbox() {
        Grid<ModelSandbox.Allowance> grid = new Grid<>(ModelSandbox.Allowance.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ModelSandbox.Allowance::subject)
                .setHeader(Texts.text("models.sandboxSubject"))
                .setAutoWidth(true);
        grid.addColumn(ModelSandbox.Allowance::kind)
                .setHeader(Texts.text("models.sandboxKind"))
                .setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.members()))
                .setHeader(Texts.text("models.sandboxMembers"))
                .setFlexGrow(3);
        grid.setItems(library.sandbox());
        Details details = new Details(
                Texts.text("models.sandbox"),
                new VerticalLayout(new Paragraph(Texts.text("models.sandboxIntro")), grid));
        details.addClassName("model-sandbox");
        details.setWidthFull();
        return details;
    }

    private void refresh() {
        models.removeAll();
        for (Model model : library.models()) {
            models.add(model(model));
        }
    }

    private Component model(Model model) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("model");
        section.getElement().setAttribute("data-model-key", model.key());
        H3 heading = new H3(model.key() + (model.name() == null ? "" : " · " + model.name()));
        HorizontalLayout actions = new HorizontalLayout(
                new Span(Texts.of(model.kind())),
                draftNote(model.key()),
                link("models.edit", ModelEditorView.class, model.key()));
        if (model.kind() == ModelKind.PROCESS) {
            actions.add(link("models.live", LiveDiagramView.class, model.key()));
        }
        actions.setAlignItems(Alignment.BASELINE);
        section.add(heading, actions, versions(model));
        return section;
    }

    private Span draftNote(String key) {
        Optional<ModelDraft> draft = drafts.draft(key);
        Span note = new Span(draft.map(d -> Texts.text("models.draftBy", d.savedBy(), Texts.dateTime(d.savedAt())))
                .orElse(Texts.text("models.noDraft")));
        note.addClassName("model-draft");
        return note;
    }

    private static RouterLink link(String labelKey, Class<? extends Component> view, String key) {
        RouterLink link = new RouterLink(Texts.text(labelKey), view, new RouteParameters("key", key));
        link.addClassName(labelKey.replace('.', '-'));
        return link;
    }

    private Grid<ModelVersion> versions(Model model) {
        Grid<ModelVersion> grid = new Grid<>(ModelVersion.class, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(ModelVersion::version)
                .setHeader(Texts.text("models.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.deployedAt() == null ? "" : Texts.dateTime(v.deployedAt()))
                .setHeader(Texts.text("models.deployedAt"))
                .setAutoWidth(true);
        grid.addColumn(ModelVersion::deployedBy)
                .setHeader(Texts.text("models.deployedBy"))
                .setAutoWidth(true);
        grid.addColumn(ModelVersion::reason)
                .setHeader(Texts.text("models.reason"))
                .setFlexGrow(2);
        grid.addColumn(ModelVersion::source)
                .setHeader(Texts.text("models.source"))
                .setAutoWidth(true);
        if (model.kind() == ModelKind.PROCESS) {
            grid.addColumn(ModelVersion::runningInstances)
                    .setHeader(Texts.text("models.running"))
                    .setAutoWidth(true);
        }
        // A header for every column: screen readers announce a column by it (axe: empty-table-header).
        grid.addComponentColumn(v -> versionActions(model, v))
                .setHeader(Texts.text("models.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(model.versions());
        return grid;
    }

    private Component versionActions(Model model, ModelVersion version) {
        String fileName =
                version.resourceName().substring(version.resourceName().lastIndexOf('/') + 1);
        Anchor download = new Anchor(
                new StreamResource(
                        fileName,
                        () -> new ByteArrayInputStream(
                                library.file(model.key(), version.version()).content())),
                "");
        download.getElement().setAttribute("download", true);
        download.add(VaadinIcon.DOWNLOAD.create());
        download.getElement().setAttribute("aria-label", Texts.text("models.download", version.version()));
        download.addClassName("model-download");
        HorizontalLayout actions = new HorizontalLayout(download);
        List<ModelVersion> versions = model.versions();
        if (!versions.isEmpty() && versions.get(0).version() != version.version()) {
            Button rollBack = new Button(
                    Texts.text("models.rollBack"),
                    click -> new ReasonDialog(
                                    Texts.text("models.rollBackTitle", model.key(), version.version()), reason -> {
                                        library.rollBack(model.key(), version.version(), reason);
                                        refresh();
                                    })
                            .open());
            rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            rollBack.addClassName("model-roll-back");
            actions.add(rollBack);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("models.title");
    }
}
