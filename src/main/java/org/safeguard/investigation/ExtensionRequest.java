package org.safeguard.investigation;

import java.time.Instant;

/**
 * What a manager decides on: the target date the investigation is held to now and the latest
 * request for more time.
 *
 * @param reason      the reason given with the request, or null when none was recorded
 * @param requestedBy who asked, or null when none was recorded
 */
public record ExtensionRequest(Instant currentDueAt, String reason, String requestedBy) {}
