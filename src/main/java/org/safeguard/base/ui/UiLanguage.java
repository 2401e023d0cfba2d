package org.safeguard.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.safeguard.base.i18n.Languages;
import org.safeguard.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Each new page speaks the signed-in user's remembered language; before sign-in, or without a
 * remembered one, the session's (the browser's language, or what the login page's switch chose).
 * The page's {@code <html lang dir>} follow it.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private final CurrentUser user;
    private final AccountPreferences preferences;

    UiLanguage(CurrentUser user, AccountPreferences preferences) {
        this.user = user;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale sessionLanguage = Languages.closestTo(ui.getSession().getLocale());
            Locale language = user.signedIn()
                    ? preferences.preferredLanguage(user.username()).orElse(sessionLanguage)
                    : sessionLanguage;
            ui.setLocale(language);
            // Screen readers pronounce, and browsers hyphenate and mirror, by the page's declared language.
            ui.setDirection(Languages.rightToLeft(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
            ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
        });
    }
}
