package org.safeguard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.safeguard.admin.IssuedApiToken;
import org.safeguard.base.i18n.Texts;

/**
 * The one time a token's secret is shown: selected in a read-only field to copy, with a copy
 * button (the browser's clipboard works only over HTTPS or on localhost, hence the hint). The field
 * is wide enough for the whole token, which the theme sets in a fixed-width font so that l, I and 1
 * read apart.
 */
class IssuedTokenDialog extends Dialog {

    IssuedTokenDialog(IssuedApiToken issued) {
        setHeaderTitle(Texts.text("tokens.issuedTitle", issued.details().name()));
        addClassName("issued-token-dialog");
        setCloseOnOutsideClick(false);
        setWidth("50em");
        TextField token = new TextField(Texts.text("tokens.token"));
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("issued-token");
        token.addFocusListener(focus -> token.getElement().executeJs("this.inputElement.select()"));
        Paragraph hint = new Paragraph(Texts.text("tokens.copyHint"));
        hint.addClassName("copy-hint");
        add(hint, token);
        Button copy = new Button(Texts.text("tokens.copy"), click -> {
            token.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.token());
            Notification.show(Texts.text("tokens.copied"));
        });
        copy.addClassName("copy");
        Button done = new Button(Texts.text("tokens.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("done");
        getFooter().add(copy, done);
    }
}
