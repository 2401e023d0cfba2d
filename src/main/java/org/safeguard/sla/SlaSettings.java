package org.safeguard.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguard.sla.*}.
 *
 * @param atRiskPercent   per clock, the share of its span after which a running clock is at risk;
 *                        clocks not named use {@link #DEFAULT_AT_RISK_PERCENT}. The investigation's
 *                        default is the policy's first warning (50 %).
 * @param metricsRefresh  how often the Prometheus gauges are recomputed
 */
@ConfigurationProperties("safeguard.sla")
public record SlaSettings(Map<ClockKind, Integer> atRiskPercent, Duration metricsRefresh) {

    public static final int DEFAULT_AT_RISK_PERCENT = 75;

    public SlaSettings {
        Map<ClockKind, Integer> percents = new EnumMap<>(ClockKind.class);
        percents.put(ClockKind.INVESTIGATION, 50);
        if (atRiskPercent != null) {
            percents.putAll(atRiskPercent);
        }
        atRiskPercent = Map.copyOf(percents);
        metricsRefresh = metricsRefresh == null ? Duration.ofSeconds(30) : metricsRefresh;
    }

    public int atRiskPercent(ClockKind kind) {
        return atRiskPercent.getOrDefault(kind, DEFAULT_AT_RISK_PERCENT);
    }
}
