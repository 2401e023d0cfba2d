package org.safeguard.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the shell shows of and remembers for an account. The admin feature, which owns accounts,
 * implements it; the shell (a shared kernel) may not call a feature itself.
 */
public interface AccountPreferences {

    Optional<String> displayName(String username);

    Optional<Locale> preferredLanguage(String username);

    void setPreferredLanguage(String username, Locale language);
}
