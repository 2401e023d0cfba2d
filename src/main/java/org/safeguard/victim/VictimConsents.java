package org.safeguard.victim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.victim.internal.ConsentMapper;
import org.safeguard.victim.internal.VictimMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victims' consents: scoped, dated and revocable. A child's consent is given through a parent or
 * guardian. Withdrawing a consent in force announces {@link ConsentWithdrawn}.
 */
@Service
public class VictimConsents {

    private final ConsentMapper consents;
    private final VictimMapper victims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser user;

    VictimConsents(
            ConsentMapper consents,
            VictimMapper victims,
            ApplicationEventPublisher events,
            Clock clock,
            CurrentUser user) {
        this.user = user;
        this.consents = consents;
        this.victims = victims;
        this.events = events;
        this.clock = clock;
    }

    /** Records an answer for one scope; it supersedes any earlier answer for that scope. */
    @Transactional
    public void record(long victimId, ConsentScope scope, boolean given, ConsentGiver givenBy) {
        AgeGroup ageGroup =
                victims.findAgeGroup(victimId).orElseThrow(() -> new NotFoundException("Victim " + victimId));
        List<Violation> violations = new ArrayList<>();
        if (scope == null) {
            violations.add(new Violation("scope", "required"));
        }
        if (givenBy == null) {
            violations.add(new Violation("givenBy", "required"));
        } else if (ageGroup == AgeGroup.CHILD && givenBy != ConsentGiver.PARENT_OR_GUARDIAN) {
            violations.add(new Violation("givenBy", "a child's consent is given through a parent or guardian"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        consents.insert(victimId, scope, given, givenBy, clock.instant(), user.username());
    }

    /** Withdraws the consent in force for the scope; the record stays, dated. */
    @Transactional
    public void withdraw(long victimId, ConsentScope scope) {
        Consent consent = current(victimId, scope)
                .filter(Consent::inForce)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new Violation("scope", "no consent in force to withdraw"))));
        consents.withdraw(consent.id(), clock.instant(), user.username());
        events.publishEvent(new ConsentWithdrawn(victimId, scope));
    }

    public Optional<Consent> current(long victimId, ConsentScope scope) {
        return consents.findLatest(victimId, scope);
    }

    public boolean inForce(long victimId, ConsentScope scope) {
        return current(victimId, scope).map(Consent::inForce).orElse(false);
    }
}
