package org.safeguard.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations ({@code getTranslation}, and the locale Vaadin picks from the browser's
 * languages among {@link #getProvidedLocales()}) from Safeguard's bundles.
 */
@Component
class BundleI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.text(locale, key, params);
    }
}
