package org.safeguard.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.safeguard.base.WorkingDayCalendar;
import org.safeguard.casefile.Entities;
import org.safeguard.sla.internal.SlaRule;
import org.safeguard.sla.internal.SlaRules;
import org.springframework.stereotype.Service;

/** Deadlines of a case's clocks, as the {@code sla-policy} decision sets them. */
@Service
public class SlaPolicy {

    private final SlaRules rules;
    private final WorkingDayCalendar calendar;
    private final Entities entities;

    SlaPolicy(SlaRules rules, WorkingDayCalendar calendar, Entities entities) {
        this.rules = rules;
        this.calendar = calendar;
        this.entities = entities;
    }

    /** The deadline of {@code clock} started at {@code start}, with its warnings at the policy's shares of it. */
    public Deadline deadline(SlaClock clock, SlaAttributes attributes, Instant start) {
        SlaRule rule = rules.ruleFor(clock, attributes);
        Instant due = switch (rule.unit()) {
            case HOURS -> start.plus(Duration.ofHours(rule.amount()));
            // Calendar days in UTC, so a deadline keeps its time of day.
            case DAYS -> start.atZone(ZoneOffset.UTC).plusDays(rule.amount()).toInstant();
            case WORKING_DAYS -> calendar.plusWorkingDays(start, rule.amount(), country(clock, attributes));
        };
        Duration span = Duration.between(start, due);
        List<Instant> warnings = rule.warningPercents().stream()
                .map(percent -> start.plus(span.multipliedBy(percent).dividedBy(100)))
                .toList();
        return new Deadline(due, warnings);
    }

    private String country(SlaClock clock, SlaAttributes attributes) {
        if (clock.runsOnMemberStateCalendar()) {
            return attributes.nationality();
        }
        return entities.hostCountry(attributes.entity()).orElse(null);
    }
}
