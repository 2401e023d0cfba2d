package org.safeguard.victim;

import java.util.List;
import org.safeguard.victim.internal.PseudonymGenerator;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records the victims of a case and gives each a pseudonym. */
@Service
public class Victims {

    private final VictimMapper mapper;
    private final PseudonymGenerator pseudonyms;

    Victims(VictimMapper mapper, PseudonymGenerator pseudonyms) {
        this.mapper = mapper;
        this.pseudonyms = pseudonyms;
    }

    /** Runs inside the intake's transaction: the victims exist exactly when the case does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VictimSummary> register(long caseId, List<NewVictim> victims) {
        return victims.stream().map(victim -> register(caseId, victim)).toList();
    }

    private VictimSummary register(long caseId, NewVictim victim) {
        VictimRow row = new VictimRow(null, caseId, pseudonyms.next(), victim.name(), victim.contact(),
                victim.ageGroup(), victim.sex(), victim.consentToAssistance());
        mapper.insert(row);
        return row.summary();
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
