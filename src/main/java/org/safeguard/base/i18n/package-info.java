/**
 * Safeguard's texts in English and French, from the resource bundles {@code i18n/messages*.properties}.
 * Views get texts, enum values and dates through {@link org.safeguard.base.i18n.Texts}; Vaadin's
 * {@code getTranslation} reads the same bundles through {@link org.safeguard.base.i18n.BundleI18NProvider}.
 */
package org.safeguard.base.i18n;
