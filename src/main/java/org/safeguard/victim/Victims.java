package org.safeguard.victim;

import java.util.List;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.crypto.FieldCipher;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.victim.internal.GeneratedKey;
import org.safeguard.victim.internal.PseudonymGenerator;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records the victims of a case, gives each a pseudonym and keeps their identity encrypted. */
@Service
public class Victims {

    private final VictimMapper mapper;
    private final PseudonymGenerator pseudonyms;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final CaseVisibility cases;
    private final CurrentUser user;
    private final VictimConsents consents;

    Victims(
            VictimMapper mapper,
            PseudonymGenerator pseudonyms,
            FieldCipher cipher,
            ApplicationEventPublisher events,
            CaseVisibility cases,
            CurrentUser user,
            VictimConsents consents) {
        this.cases = cases;
        this.user = user;
        this.consents = consents;
        this.mapper = mapper;
        this.pseudonyms = pseudonyms;
        this.cipher = cipher;
        this.events = events;
    }

    /** Runs inside the intake's transaction: the victims exist exactly when the case does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VictimSummary> register(long caseId, List<NewVictim> victims) {
        return victims.stream().map(victim -> register(caseId, victim)).toList();
    }

    private VictimSummary register(long caseId, NewVictim victim) {
        VictimRow row = new VictimRow(
                null,
                caseId,
                pseudonyms.next(),
                cipher.encrypt(victim.name()),
                cipher.encrypt(victim.contact()),
                victim.ageGroup(),
                victim.sex(),
                victim.consentToAssistance(),
                cipher.encrypt(victim.safeContactNotes()));
        GeneratedKey id = new GeneratedKey();
        mapper.insert(row, id);
        return new VictimSummary(id.getValue(), row.pseudonym(), row.ageGroup(), row.sex(), row.consentToAssistance());
    }

    /**
     * A victim's name, contact and safe-contact notes, decrypted: for victims' rights advocates,
     * and for the case's investigators while the victim's consent to share with them is in force
     * (DESIGN §3). Every call publishes {@link VictimIdentityRead} for the audit trail.
     *
     * @throws NotFoundException when the victim's case is outside the caller's scope
     * @throws AccessDeniedException when the caller's role may not see identities
     */
    @Transactional
    public VictimIdentity identity(long victimId) {
        VictimRow row = mapper.findById(victimId);
        if (row == null) {
            throw new NotFoundException("victim " + victimId);
        }
        cases.requireVisible(row.caseId());
        boolean advocate = user.hasAnyRole(Role.VRA);
        boolean sharedWithInvestigators = user.hasAnyRole(Role.INVESTIGATOR)
                && consents.inForce(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS);
        if (!advocate && !sharedWithInvestigators) {
            throw new AccessDeniedException("Victim identities are for victims' rights advocates");
        }
        events.publishEvent(new VictimIdentityRead(victimId));
        return new VictimIdentity(
                cipher.decrypt(row.name()), cipher.decrypt(row.contact()), cipher.decrypt(row.safeContactNotes()));
    }

    public List<Long> idsOfCase(long caseId) {
        return mapper.findByCase(caseId).stream().map(VictimRow::id).toList();
    }

    /** Whether the victim is a child: a child's consent is given through a parent or guardian. */
    public boolean isChild(long victimId) {
        VictimRow victim = mapper.findById(victimId);
        return victim != null && victim.ageGroup() == AgeGroup.CHILD;
    }

    public List<VictimSummary> ofCase(long caseId) {
        return mapper.findByCase(caseId).stream().map(VictimRow::summary).toList();
    }
}
