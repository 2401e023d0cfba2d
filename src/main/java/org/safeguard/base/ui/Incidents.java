package org.safeguard.base.ui;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected failure under a short reference the user can quote; the user never sees the trace. */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    static String record(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("UI failure {}", reference, failure);
        return reference;
    }

    private Incidents() {}
}
