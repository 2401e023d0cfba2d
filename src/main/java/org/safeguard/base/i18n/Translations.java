package org.safeguard.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundles {@code i18n/messages.properties} (English) and {@code messages_fr.properties}, read
 * as UTF-8. Independent of Vaadin, so forms and presenters can be tested with plain JUnit.
 */
public final class Translations {

    static final String BUNDLE = "i18n/messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // Without it a French JVM would answer English requests from the French bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text for {@code key}; arguments fill {@code {0}}, {@code {1}}... A missing key shows as {@code !key!}. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            log.warn("No translation for {} in {}", key, locale);
            return "!" + key + "!";
        }
    }

    public static Set<String> keys(Locale locale) {
        return bundle(locale).keySet();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.closestTo(locale), NO_FALLBACK);
    }

    private Translations() {}
}
