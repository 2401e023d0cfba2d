package org.safeguard.base.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a password that passed its check over HTTP Basic is taken as checked
 * ({@code safeguard.security.password-cache.*}); a time-to-live of zero turns the cache off.
 *
 * @param timeToLive  from the check that paid for the hash
 * @param maxEntries  beyond this, new checks are not remembered until older ones expire
 */
@ConfigurationProperties("safeguard.security.password-cache")
record PasswordCacheSettings(
        @DefaultValue("5m") Duration timeToLive,
        @DefaultValue("10000") int maxEntries) {}
