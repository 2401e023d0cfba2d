package org.safeguard.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.ModelDraft;

/**
 * Another owner saved the draft since this one opened it: nothing was overwritten, and the owner
 * chooses between loading the other draft (losing these edits) and saving these over it.
 */
class DraftConflictDialog extends Dialog {

    DraftConflictDialog(ModelDraft theirs, Consumer<ModelDraft> loadTheirs, Runnable keepMine) {
        setHeaderTitle(Texts.text("models.conflictTitle"));
        addClassName("draft-conflict-dialog");
        add(new Paragraph(Texts.text(
                "models.conflictText", theirs.savedBy(), Texts.dateTime(theirs.savedAt()), theirs.version())));
        Button load = new Button(Texts.text("models.loadTheirs"), click -> {
            loadTheirs.accept(theirs);
            close();
        });
        load.addClassName("load-theirs");
        Button keep = new Button(Texts.text("models.keepMine"), click -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keep.addClassName("keep-mine");
        getFooter().add(load, keep);
    }
}
