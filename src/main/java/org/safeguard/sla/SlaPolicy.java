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

    /**
     * Where the target of {@code clock} moves when it was paused from {@code pausedAt} to
     * {@code resumedAt}: later by the paused time, which for a clock in working days is the paused
     * time that fell on working days of the clock's calendar, added on working days (a pause over a
     * weekend or a holiday costs the clock nothing for those days).
     */
    public Instant movedTarget(
            SlaClock clock, SlaAttributes attributes, Instant target, Instant pausedAt, Instant resumedAt) {
        if (!resumedAt.isAfter(pausedAt)) {
            return target;
        }
        if (rules.ruleFor(clock, attributes).unit() != SlaRule.Unit.WORKING_DAYS) {
            return target.plus(Duration.between(pausedAt, resumedAt));
        }
        String country = country(clock, attributes);
        return calendar.plusWorkingTime(target, calendar.workingTimeBetween(pausedAt, resumedAt, country), country);
    }

    private String country(SlaClock clock, SlaAttributes attributes) {
        if (clock.runsOnMemberStateCalendar()) {
            return attributes.nationality();
        }
        return entities.hostCountry(attributes.entity()).orElse(null);
    }
}
