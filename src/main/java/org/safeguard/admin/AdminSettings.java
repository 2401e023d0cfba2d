package org.safeguard.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password the first administrator's password ({@code SAFEGUARD_ADMIN_PASSWORD}), used
 *                 only while no account exists
 */
@ConfigurationProperties("safeguard.admin")
public record AdminSettings(String password) {}
