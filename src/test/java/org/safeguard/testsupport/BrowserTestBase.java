package org.safeguard.testsupport;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests share: the application's port, an {@link Api} on it, and one
 * {@link BrowserSession} a test, quit after it. A browser test extends it (and names its context,
 * e.g. with {@link SafeguardIntegrationTest}); the English browser starts before the class's own
 * {@code @BeforeEach} methods, or, for a class built with {@link Start#BY_THE_TEST}, when the test
 * calls {@link #start}. Without Debian's chromium the tests are skipped, not failed.
 */
public abstract class BrowserTestBase {

    /** When the browser starts. */
    protected enum Start {
        /** In English, before each test. */
        BEFORE_EACH_TEST,
        /** When the test calls {@link #start}: after its own set-up, or in a language of its own. */
        BY_THE_TEST
    }

    @LocalServerPort
    protected int port;

    protected Api api;
    protected BrowserSession session;
    protected WebDriver browser;
    protected WebDriverWait wait;

    private final Start start;
    private final Duration patience;

    /** An English browser before each test, waiting up to {@link BrowserSession#PATIENCE}. */
    protected BrowserTestBase() {
        this(Start.BEFORE_EACH_TEST, BrowserSession.PATIENCE);
    }

    /** {@code patience}: {@link BrowserSession#FIRST_PAGE_PATIENCE} where a test may meet a cold server. */
    protected BrowserTestBase(Start start, Duration patience) {
        this.start = start;
        this.patience = patience;
    }

    @BeforeEach
    final void startTheBrowserSession() {
        api = new Api(port);
        if (start == Start.BEFORE_EACH_TEST) {
            start(Locale.US);
        }
    }

    @AfterEach
    final void quitTheBrowserSession() {
        BrowserSession.quit(session);
        session = null;
    }

    /** A browser whose user prefers {@code language}; one already started is quit first. */
    protected BrowserSession start(Locale language) {
        BrowserSession.quit(session);
        session = BrowserSession.start(port, language, patience);
        browser = session.driver();
        wait = session.waiting();
        return session;
    }
}
