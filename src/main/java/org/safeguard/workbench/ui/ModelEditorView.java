package org.safeguard.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.DraftCheck;
import org.safeguard.workbench.DraftConflictException;
import org.safeguard.workbench.Model;
import org.safeguard.workbench.ModelDraft;
import org.safeguard.workbench.ModelDrafts;
import org.safeguard.workbench.ModelFinding;
import org.safeguard.workbench.ModelKind;
import org.safeguard.workbench.ModelLibrary;
import org.safeguard.workbench.ModelRefusedException;
import org.safeguard.workbench.ModelVersion;

/**
 * Edits the draft of one model in the browser: saves it to the database (warning when another
 * owner saved it meanwhile), checks what the editor holds against the engine's parser, bpmnlint and
 * Safeguard's rules without saving it, with each finding drawn on its element, shows how it differs
 * from the deployed version, and deploys it with a reason once it differs. A process with running
 * cases then goes on to their migration.
 */
@Route("models/:key/edit")
@RolesAllowed("OWNER")
public class ModelEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelLibrary library;
    private final ModelDrafts drafts;
    private final FindingsGrid findings = new FindingsGrid();
    private final ChangesGrid changes = new ChangesGrid();
    private final Span status = new Span();
    private final DeployButton deploy = new DeployButton(this::askReasonAndDeploy);
    private String key;
    private EditsModel editor;
    private Integer baseVersion;
    private int deployedVersion;
    private int changeCount;
    private List<BpmnEditor.LintIssue> lint = List.of();
    private List<ModelFinding> ruleFindings = List.of();
    /** The rule findings of the last check, while the content checked is still the content edited. */
    private int checkedFindings;

    public ModelEditorView(ModelLibrary library, ModelDrafts drafts) {
        this.library = library;
        this.drafts = drafts;
        addClassName("model-editor-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElseThrow();
        Model model = model();
        removeAll();
        editor = model.kind() == ModelKind.PROCESS ? bpmnEditor() : new DmnEditor();
        editor.onChange(this::edited);
        Optional<ModelDraft> draft = drafts.draft(key);
        baseVersion = draft.map(ModelDraft::version).orElse(null);
        deployedVersion = newest(model).version();
        String xml = draft.map(ModelDraft::content).orElseGet(() -> deployedXml(model));
        editor.setXml(xml);
        status.addClassName("draft-status");
        status.setText(draft.map(this::savedText).orElse(Texts.text("models.editingDeployed", deployedVersion)));
        add(
                new H2(Texts.text("models.editorTitle", key)),
                toolbar(),
                (Component) editor,
                new H3(Texts.text("models.findings")),
                findings,
                new H3(Texts.text("models.changes")),
                changes);
        findings.onSelect(editor::select);
        changeCount = drafts.changes(key, xml).size();
        checkedFindings = 0;
        showReadiness();
    }

    private BpmnEditor bpmnEditor() {
        BpmnEditor bpmn = new BpmnEditor();
        bpmn.setHeight("560px");
        bpmn.addLintListener(event -> {
            lint = event.issues();
            findings.show(ruleFindings, lint);
            showReadiness();
        });
        return bpmn;
    }

    private HorizontalLayout toolbar() {
        Button save = new Button(Texts.text("models.saveDraft"), click -> editor.withXml(this::save));
        save.addClassName("save-draft");
        save.setTooltipText(Texts.text("models.saveDraftTip"));
        Button check = new Button(Texts.text("models.check"), click -> editor.withXml(this::check));
        check.addClassName("check-draft");
        check.setTooltipText(Texts.text("models.checkTip"));

        Button discard = new Button(Texts.text("models.discard"), click -> confirmDiscard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        discard.addClassName("discard-draft");
        HorizontalLayout toolbar = new HorizontalLayout(save, check, deploy, discard, status);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void confirmDiscard() {
        ConfirmDialog confirm = new ConfirmDialog(
                Texts.text("models.discardTitle"),
                Texts.text("models.discardText"),
                Texts.text("models.discard"),
                ok -> {
                    if (baseVersion != null) {
                        drafts.discard(key);
                    }
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.text("models.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The findings of the last check no longer describe the model; whether it differs is asked again. */
    private void edited() {
        status.setText(Texts.text("models.unsaved"));
        checkedFindings = 0;
        editor.withXml(xml -> {
            changeCount = drafts.changes(key, xml).size();
            showReadiness();
        });
    }

    private void showReadiness() {
        long lintErrors = lint.stream().filter(BpmnEditor.LintIssue::isError).count();
        deploy.show(new DeployReadiness(deployedVersion, changeCount, checkedFindings + lintErrors));
    }

    /** Saves the draft; on a conflict asks the owner which draft wins. */
    private boolean save(String xml) {
        try {
            ModelDraft saved = drafts.save(key, xml, baseVersion);
            baseVersion = saved.version();
            status.setText(savedText(saved));
            return true;
        } catch (InvalidInputException e) {
            refuse(e);
            return false;
        } catch (DraftConflictException e) {
            new DraftConflictDialog(
                            e.current(),
                            theirs -> {
                                baseVersion = theirs.version();
                                editor.setXml(theirs.content());
                                status.setText(savedText(theirs));
                            },
                            () -> {
                                baseVersion = e.current().version();
                                save(xml);
                            })
                    .open();
            return false;
        }
    }

    /** Checks the model as the editor holds it; nothing is saved, so no other owner sees it. */
    private void check(String xml) {
        DraftCheck check;
        try {
            check = drafts.check(key, xml);
        } catch (InvalidInputException e) {
            refuse(e);
            return;
        }
        ruleFindings = check.findings();
        checkedFindings = ruleFindings.size();
        changeCount = check.changes().size();
        editor.showFindings(ruleFindings);
        findings.show(ruleFindings, lint);
        changes.show(check.changes());
        boolean checkedClean = check.deployable() && lint.stream().noneMatch(BpmnEditor.LintIssue::isError);
        status.setText(
                checkedClean
                        ? Texts.text("models.checkedClean", check.changes().size())
                        : Texts.text("models.checkedFindings", findings.errorCount()));
        showReadiness();
    }

    /**
     * Deploys what the editor holds, saved as the draft first (which a colleague's newer save
     * stops). The dialog is modal: the model cannot change between the click and the reason.
     */
    private void askReasonAndDeploy() {
        editor.withXml(xml -> new ReasonDialog(Texts.text("models.deployTitle", key), reason -> {
                    if (save(xml)) {
                        deploy(reason);
                    }
                })
                .open());
    }

    private void deploy(String reason) {
        Model before = model();
        try {
            ModelVersion deployed = drafts.deploy(key, reason);
            Notification.show(
                            Texts.text("models.deployed", key, deployed.version()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (before.kind() == ModelKind.PROCESS && newest(before).runningInstances() > 0) {
                getUI().ifPresent(ui -> ui.navigate(
                        ModelMigrationView.class,
                        new RouteParameters(Map.of(
                                "key",
                                key,
                                "from",
                                String.valueOf(newest(before).version()),
                                "to",
                                String.valueOf(deployed.version())))));
            } else {
                getUI().ifPresent(ui -> ui.navigate(ModelLibraryView.class));
            }
        } catch (ModelRefusedException e) {
            showRefusal(e.findings());
        } catch (ParseException e) {
            showRefusal(ModelFinding.of(e));
        }
    }

    private void showRefusal(List<ModelFinding> refused) {
        ruleFindings = refused;
        checkedFindings = refused.size();
        editor.showFindings(refused);
        findings.show(refused, lint);
        showReadiness();
        status.setText(Texts.text("models.checkedFindings", findings.errorCount()));
    }

    /** The service's refusals name fields in English for the API; the owner reads what to do, in their language. */
    private static void refuse(InvalidInputException e) {
        boolean draftGone = e.violations().stream().anyMatch(v -> "baseVersion".equals(v.field()));
        Notification.show(
                        draftGone ? Texts.text("models.draftGone") : Texts.text("models.contentRefused"),
                        8000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Model model() {
        return library.models().stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Model " + key));
    }

    private String deployedXml(Model model) {
        return new String(library.file(key, newest(model).version()).content(), StandardCharsets.UTF_8);
    }

    private static ModelVersion newest(Model model) {
        return model.versions().get(0);
    }

    private String savedText(ModelDraft draft) {
        return Texts.text("models.draftSaved", draft.version(), draft.savedBy(), Texts.dateTime(draft.savedAt()));
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("models.editorPageTitle");
    }
}
