package org.safeguard.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline notifications ({@code safeguard.notifications.*}).
 *
 * @param scanEnabled  whether this instance scans the clocks on a schedule (tests trigger the scan themselves)
 * @param scanInterval how often the clocks are scanned for crossed thresholds
 * @param baseUrl      the address users open Safeguard at, for the case link in mails
 */
@ConfigurationProperties("safeguard.notifications")
public record NotificationSettings(
        @DefaultValue("true") boolean scanEnabled,
        @DefaultValue("5m") Duration scanInterval,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    /** The case's page in the web UI. */
    public String caseLink(String caseReference) {
        return baseUrl.replaceAll("/+$", "") + "/cases/" + caseReference;
    }
}
