package org.safeguard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.safeguard.base.i18n.Languages;

/**
 * English / Français. A choice applies to the whole session at once (the page reloads so every
 * text is redrawn) and is handed to {@code remember}, e.g. to store it in the user's account.
 */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch(Consumer<Locale> remember) {
        addClassName("language-switch");
        setAriaLabel(getTranslation("shell.language"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(Languages::ownName);
        setValue(Languages.closestTo(UI.getCurrent().getLocale()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                remember.accept(change.getValue());
                VaadinSession.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
