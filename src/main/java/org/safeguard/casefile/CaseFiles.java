package org.safeguard.casefile;

import java.util.List;
import java.util.Optional;
import org.safeguard.base.NotFoundException;
import org.safeguard.casefile.internal.CaseMapper;
import org.safeguard.casefile.internal.SubjectGroups;
import org.safeguard.victim.Victims;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads case files and moves their published status. */
@Service
public class CaseFiles {

    private final CaseMapper cases;
    private final SubjectGroups subjectGroups;
    private final Victims victims;

    CaseFiles(CaseMapper cases, SubjectGroups subjectGroups, Victims victims) {
        this.cases = cases;
        this.subjectGroups = subjectGroups;
        this.victims = victims;
    }

    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        return Optional.ofNullable(cases.findByReference(reference))
                .map(row -> row.details(subjectGroups.ofCase(row.id()), victims.ofCase(row.id())));
    }

    /** The newest cases first. */
    @Transactional(readOnly = true)
    public List<CaseOverview> latest(int offset, int limit) {
        return cases.findLatest(offset, limit);
    }

    @Transactional(readOnly = true)
    public long count() {
        return cases.count();
    }

    @Transactional
    public void changeStatus(String reference, CaseStatus status) {
        if (cases.updateStatus(reference, status) == 0) {
            throw new NotFoundException("Case " + reference);
        }
    }
}
