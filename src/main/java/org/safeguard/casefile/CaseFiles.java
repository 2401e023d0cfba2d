package org.safeguard.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseScope;
import org.safeguard.casefile.internal.CaseAccessMapper;
import org.safeguard.casefile.internal.CaseMapper;
import org.safeguard.casefile.internal.CaseRow;
import org.safeguard.casefile.internal.SubjectGroupMapper;
import org.safeguard.casefile.internal.SubjectGroups;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.victim.Victims;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads case files and moves their published status. {@link #find}, {@link #search},
 * {@link #count} and {@link #export} answer for the acting user's scope; the other reads serve
 * the processes, which act for the organisation, and take the case as given.
 */
@Service
public class CaseFiles {

    /** The audit trail's detail column holds this many characters; a long typed reference is cut. */
    private static final int AUDIT_DETAIL_MAX = 500;

    private final CaseMapper cases;
    private final SubjectGroups subjectGroups;
    private final SubjectGroupMapper subjectGroupMapper;
    private final Victims victims;
    private final MemberStateEngagements engagements;
    private final AuditTrail audit;
    private final CaseAccess access;
    private final CaseAccessMapper accessMapper;
    private final Accounts accounts;

    CaseFiles(
            CaseMapper cases,
            SubjectGroups subjectGroups,
            SubjectGroupMapper subjectGroupMapper,
            Victims victims,
            MemberStateEngagements engagements,
            AuditTrail audit,
            CaseAccess access,
            CaseAccessMapper accessMapper,
            Accounts accounts) {
        this.access = access;
        this.accessMapper = accessMapper;
        this.accounts = accounts;
        this.engagements = engagements;
        this.cases = cases;
        this.subjectGroups = subjectGroups;
        this.subjectGroupMapper = subjectGroupMapper;
        this.victims = victims;
        this.audit = audit;
    }

    /**
     * A case as the acting user may see it: empty outside their scope. A focal point sees only
     * the subject groups of their nationality and their engagements, and no victims. A read under
     * break-glass access is written to the audit trail.
     */
    @Transactional
    public Optional<CaseDetails> find(String reference) {
        CaseScope scope = access.scope();
        Long id = accessMapper.findVisibleCaseId(reference, scope);
        if (id == null) {
            return Optional.empty();
        }
        if (access.underBreakGlass(id, scope)) {
            audit.record(AuditEntry.of(AuditAction.CASE_READ_UNDER_BREAK_GLASS, reference, null, null));
        }
        CaseRow row = cases.findByReference(reference);
        List<SubjectGroup> groups = subjectGroups.ofCase(id);
        List<EngagementLadder> ladders = engagements.laddersOfCase(reference);
        if (scope.nationalsOnly()) {
            String nationality =
                    accounts.find(scope.username()).map(Account::nationality).orElse(null);
            return Optional.of(row.details(
                    groups.stream()
                            .filter(group -> Objects.equals(group.nationality(), nationality))
                            .toList(),
                    List.of(),
                    ladders.stream()
                            .filter(ladder -> Objects.equals(ladder.engagement().nationality(), nationality))
                            .toList()));
        }
        return Optional.of(row.details(groups, victims.ofCase(id), ladders));
    }

    /** The cases in the acting user's scope that match the filter, newest first. */
    @Transactional(readOnly = true)
    public List<CaseOverview> search(CaseFilter filter, int offset, int limit) {
        return cases.search(filter, offset, limit, access.scope());
    }

    /** How many cases {@link #search} pages through for the same filter. */
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return cases.count(filter, access.scope());
    }

    /**
     * Every case {@link #search} finds for the filter, for a download; written to the audit trail
     * as an export with the filter and the number of rows.
     */
    @Transactional
    public List<CaseOverview> export(CaseFilter filter) {
        List<CaseOverview> rows = cases.search(filter, 0, Integer.MAX_VALUE, access.scope());
        String detail = "rows=" + rows.size() + (filter.describe().isEmpty() ? "" : ";" + filter.describe());
        audit.record(AuditEntry.of(
                AuditAction.CASE_LIST_EXPORTED,
                null,
                null,
                detail.substring(0, Math.min(detail.length(), AUDIT_DETAIL_MAX))));
        return rows;
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
                .map(SubjectGroup::outcome)
                .filter(Objects::nonNull)
                .toList();
        CaseStatus status = SubjectGroupOutcome.caseStatusOf(outcomes);
        changeStatus(reference, status);
        return status;
    }

    /**
     * The case's subject groups in the order reported, read in one query; the case itself is read
     * only when it has none, to tell a case without groups from no case at all.
     */
    @Transactional(readOnly = true)
    public List<SubjectGroup> subjectGroups(String reference) {
        List<SubjectGroup> groups = subjectGroups.ofCase(reference);
        if (groups.isEmpty()) {
            caseRow(reference);
        }
        return groups;
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
