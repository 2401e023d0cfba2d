package org.safeguard.victim;

import java.util.List;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.crypto.FieldCipher;
import org.safeguard.victim.internal.PseudonymGenerator;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.context.ApplicationEventPublisher;
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

    Victims(VictimMapper mapper, PseudonymGenerator pseudonyms, FieldCipher cipher, ApplicationEventPublisher events) {
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
        VictimRow row = new VictimRow(null, caseId, pseudonyms.next(), cipher.encrypt(victim.name()),
                cipher.encrypt(victim.contact()), victim.ageGroup(), victim.sex(), victim.consentToAssistance(),
                cipher.encrypt(victim.safeContactNotes()));
        mapper.insert(row);
        return row.summary();
    }

    /**
     * A victim's name, contact and safe-contact notes, decrypted: for victims' rights advocates
     * only. Every call publishes {@link VictimIdentityRead} for the audit trail.
     */
    @Transactional
    public VictimIdentity identity(long victimId) {
        VictimRow row = mapper.findById(victimId);
        if (row == null) {
            throw new NotFoundException("victim " + victimId);
        }
        events.publishEvent(new VictimIdentityRead(victimId));
        return new VictimIdentity(cipher.decrypt(row.name()), cipher.decrypt(row.contact()),
                cipher.decrypt(row.safeContactNotes()));
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
