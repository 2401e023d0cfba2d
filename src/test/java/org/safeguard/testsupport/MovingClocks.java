package org.safeguard.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's {@link MovableClock} and the engine's clock ({@link ClockUtil}), moved
 * together so that SLA targets, timers and scans agree on "now". Register it in a test class
 * whose context has a {@code MovableClock} bean:
 * {@code @RegisterExtension final MovingClocks time = new MovingClocks();}. It puts the engine's
 * clock back after each test, so tests stay independent; each test moves to where it starts.
 */
public final class MovingClocks implements BeforeEachCallback, AfterEachCallback {

    private MovableClock clock;

    @Override
    public void beforeEach(ExtensionContext context) {
        clock = SpringExtension.getApplicationContext(context).getBean(MovableClock.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    /** Both clocks now read {@code instant}. */
    public void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Both clocks move on by {@code duration}. */
    public void advance(Duration duration) {
        moveTo(now().plus(duration));
    }

    /** What both clocks read. */
    public Instant now() {
        return clock.instant();
    }
}
