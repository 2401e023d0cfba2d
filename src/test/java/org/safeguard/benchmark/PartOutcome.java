package org.safeguard.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * What one part gave: its figures, or why it failed (then the figures are empty).
 *
 * @param failure the reason, null when the part ran through
 */
record PartOutcome(String part, List<Figure> figures, String failure, Duration took) {

    boolean failed() {
        return failure != null;
    }
}
