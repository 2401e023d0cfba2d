package org.safeguard.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run inside the page a browser test shows: the WCAG 2.1 A and AA rules and the
 * best practices (landmarks, heading order), shadow DOM included. {@link #seriousViolations} is
 * what a page must not have: violations of critical or serious impact, and any content outside a
 * landmark, a missing main landmark or skipped heading levels, each as "rule: targets".
 */
public final class Accessibility {

    private static final String AXE = load();

    /**
     * Violations inside Vaadin 24.9.5's own components that Safeguard cannot reach: a required
     * {@code vaadin-select} puts {@code aria-required} on its value button, and a required
     * {@code vaadin-date-time-picker} on its group host, where ARIA does not allow it (the inner
     * inputs still carry "required" for screen readers). {@code vaadin-connection-indicator} is
     * excluded altogether: it is empty unless the connection to the server is lost.
     */
    private static final List<Map<String, String>> VAADIN_OWN = List.of(
            Map.of("rule", "aria-allowed-attr", "node", "vaadin-select-value-button"),
            Map.of("rule", "aria-allowed-attr", "node", "vaadin-date-time-picker"),
            Map.of("rule", "aria-allowed-attr", "node", "#intake-received-at"));

    private static final String RUN = """
            const vaadinOwn = arguments[0];
            const done = arguments[arguments.length - 1];
            const judged = ['landmark-one-main', 'region', 'heading-order', 'page-has-heading-one'];
            axe.run({exclude: [['vaadin-connection-indicator']]},
                    {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
              .then(result => done(result.violations
                  .filter(v => v.impact === 'critical' || v.impact === 'serious' || judged.includes(v.id))
                  .map(v => ({id: v.id, targets: v.nodes.map(n => JSON.stringify(n.target) + ' ' + n.html.substring(0, 160))
                      .filter(target => !vaadinOwn.some(own => own.rule === v.id && target.includes(own.node)))}))
                  .filter(v => v.targets.length > 0)))
              .catch(error => done([{id: 'axe failed: ' + error, targets: ['-']}]));
            """;

    public static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN, VAADIN_OWN);
        return violations.stream()
                .map(v -> v.get("id") + ": "
                        + ((List<?>) v.get("targets"))
                                .stream().limit(5).map(String::valueOf).collect(Collectors.joining(", ")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Accessibility() {}
}
