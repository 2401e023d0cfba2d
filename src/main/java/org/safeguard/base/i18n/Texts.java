package org.safeguard.base.i18n;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Texts for views in the current UI's language (English outside a UI, e.g. in plain JUnit tests).
 * <ul>
 *   <li>{@code Texts.text("cases.reference")}: a label; add the key to both bundles.</li>
 *   <li>{@code Texts.of(CaseStatus.RECEIVED)}: an enum value, key {@code enum.CaseStatus.RECEIVED};
 *       add the enum to {@code TranslationCompletenessTest.TRANSLATED_ENUMS}.</li>
 *   <li>{@code Texts.date(localDate)}, {@code Texts.dateTime(instant)}: the language's date format;
 *       instants are shown in UTC, said so, since users work across every time zone.</li>
 *   <li>{@code Texts.pageTitle("nav.cases")}: "Cases · Safeguard", for {@code HasDynamicTitle}.</li>
 * </ul>
 * Literal keys passed to these methods and to {@code getTranslation} are checked by
 * {@code TranslationCompletenessTest}: keep them literal.
 */
public final class Texts {

    public static String text(String key, Object... arguments) {
        return Translations.text(locale(), key, arguments);
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : text(key(value));
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static String date(LocalDate date) {
        return format(date, "format.date");
    }

    public static String dateTime(Instant instant) {
        return format(instant == null ? null : instant.atZone(ZoneOffset.UTC), "format.dateTime");
    }

    public static String pageTitle(String key) {
        return text("page.title", text(key));
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : Languages.closestTo(ui.getLocale());
    }

    private static String format(TemporalAccessor value, String patternKey) {
        return value == null
                ? ""
                : DateTimeFormatter.ofPattern(text(patternKey), locale()).format(value);
    }

    private Texts() {}
}
