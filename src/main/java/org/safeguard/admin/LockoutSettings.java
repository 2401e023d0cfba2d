package org.safeguard.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout after repeated failed sign-ins ({@code safeguard.accounts.lockout.*}), over HTTP Basic
 * and the sign-in form alike.
 *
 * @param maxFailures consecutive failed sign-ins that lock an account
 * @param duration    how long a locked account refuses every sign-in, even with the right password
 */
@ConfigurationProperties("safeguard.accounts.lockout")
public record LockoutSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration duration) {}
