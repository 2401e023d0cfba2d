package org.safeguard.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens ({@code safeguard.api-tokens.*}).
 *
 * @param maxLifetime        the furthest expiry an administrator may give a token
 * @param usageFlushInterval how often the uses counted in memory are written to the token and the audit trail
 */
@ConfigurationProperties("safeguard.api-tokens")
public record ApiTokenSettings(
        @DefaultValue("365d") Duration maxLifetime,
        @DefaultValue("1m") Duration usageFlushInterval) {}
