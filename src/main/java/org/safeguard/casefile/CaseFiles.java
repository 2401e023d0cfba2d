package org.safeguard.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.casefile.internal.CaseMapper;
import org.safeguard.casefile.internal.CaseRow;
import org.safeguard.casefile.internal.SubjectGroupMapper;
import org.safeguard.casefile.internal.SubjectGroups;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.victim.Victims;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads case files and moves their published status. */
@Service
public class CaseFiles {

    private final CaseMapper cases;
    private final SubjectGroups subjectGroups;
    private final SubjectGroupMapper subjectGroupMapper;
    private final Victims victims;
    private final MemberStateEngagements engagements;
    private final AuditTrail audit;

    CaseFiles(CaseMapper cases, SubjectGroups subjectGroups, SubjectGroupMapper subjectGroupMapper, Victims victims,
              MemberStateEngagements engagements, AuditTrail audit) {
        this.engagements = engagements;
        this.cases = cases;
        this.subjectGroups = subjectGroups;
        this.subjectGroupMapper = subjectGroupMapper;
        this.victims = victims;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        return Optional.ofNullable(cases.findByReference(reference))
                .map(row -> row.details(subjectGroups.ofCase(row.id()), victims.ofCase(row.id()),
                        engagements.laddersOfCase(reference)));
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

    /** The ids of the case's subject groups, in the order they were reported. */
    @Transactional(readOnly = true)
    public List<Long> subjectGroupIds(String reference) {
        return subjectGroups(reference).stream().map(SubjectGroup::id).toList();
    }

    @Transactional(readOnly = true)
    public SubjectGroup subjectGroup(long id) {
        return subjectGroups.find(id).orElseThrow(() -> new NotFoundException("Subject group " + id));
    }

    /** The ids of the case's victims; their identities stay in the victim feature. */
    @Transactional(readOnly = true)
    public List<Long> victimIds(String reference) {
        return victims.idsOfCase(caseRow(reference).id());
    }

    @Transactional
    public void recordOutcome(long subjectGroupId, SubjectGroupOutcome outcome) {
        if (subjectGroupMapper.recordOutcome(subjectGroupId, outcome) == 0) {
            throw new NotFoundException("Subject group " + subjectGroupId);
        }
    }

    /** Publishes the status that the subject groups' outcomes add up to. */
    @Transactional
    public CaseStatus conclude(String reference) {
        List<SubjectGroupOutcome> outcomes = subjectGroups(reference).stream()
                .map(SubjectGroup::outcome).filter(Objects::nonNull).toList();
        CaseStatus status = SubjectGroupOutcome.caseStatusOf(outcomes);
        changeStatus(reference, status);
        return status;
    }

    /** The case's subject groups in the order reported, read in one query. */
    @Transactional(readOnly = true)
    public List<SubjectGroup> subjectGroups(String reference) {
        return subjectGroups.ofCase(caseRow(reference).id());
    }

    private CaseRow caseRow(String reference) {
        CaseRow row = cases.findByReference(reference);
        if (row == null) {
            throw new NotFoundException("Case " + reference);
        }
        return row;
    }

    /** Moves the status and writes it to the audit trail, in one transaction. */
    @Transactional
    public void changeStatus(String reference, CaseStatus status) {
        CaseStatus before = caseRow(reference).status();
        cases.updateStatus(reference, status);
        audit.record(AuditEntry.of(AuditAction.CASE_STATUS_CHANGED, reference, null, before + "->" + status));
    }
}
