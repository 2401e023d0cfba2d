package org.safeguard.casefile;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.CaseCommentMapper;
import org.safeguard.casefile.internal.GeneratedId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people working a case write about it. Comments are case narrative: they stay in the
 * case file, never in the engine, the audit trail or a log. A case outside the user's scope is not
 * found; within it, the staff who work cases write comments and auditors read them too, while
 * Member State focal points, who see only their nationals' part of a case, do neither.
 */
@Service
public class CaseComments {

    public static final int MAX_LENGTH = 4000;
    /** The field a refusal names, and its two reasons (English, as the API gives them). */
    public static final String TEXT = "text";

    public static final String REQUIRED = "is required";
    public static final String TOO_LONG = "must be at most " + MAX_LENGTH + " characters";

    private final CaseCommentMapper mapper;
    private final CaseAccess access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    CaseComments(CaseCommentMapper mapper, CaseAccess access, CurrentUser user, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user's roles let them read the comments of the cases they see. */
    public boolean mayRead() {
        return mayWrite() || user.hasAnyRole(Role.AUDITOR, Role.ADMIN);
    }

    /** Whether the user's roles let them comment on the cases they see. */
    public boolean mayWrite() {
        return user.hasAnyRole(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER);
    }

    /** The case's comments, newest first. */
    @Transactional(readOnly = true)
    public List<CaseComment> ofCase(String reference) {
        long caseId = access.visibleCaseId(reference);
        if (!mayRead()) {
            throw new AccessDeniedException("The user's roles may not read comments");
        }
        return mapper.findByCase(caseId);
    }

    /**
     * Adds a comment by the signed-in user, now.
     *
     * @throws InvalidInputException when the text is blank or longer than {@value #MAX_LENGTH} characters
     */
    @Transactional
    public CaseComment add(String reference, String text) {
        long caseId = access.visibleCaseId(reference);
        if (!mayWrite()) {
            throw new AccessDeniedException("The user's roles may not comment on cases");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw invalid(REQUIRED);
        }
        if (body.length() > MAX_LENGTH) {
            throw invalid(TOO_LONG);
        }
        GeneratedId id = new GeneratedId();
        CaseComment comment =
                new CaseComment(0, user.username(), clock.instant().truncatedTo(ChronoUnit.MICROS), body);
        mapper.insert(caseId, comment.author(), comment.writtenAt(), body, id);
        // The trail says that a comment was written, and its length; the text stays in the case file.
        audit.record(AuditEntry.of(
                AuditAction.CASE_COMMENT_ADDED, reference, "comment:" + id.getValue(), "length=" + body.length()));
        return new CaseComment(id.getValue(), comment.author(), comment.writtenAt(), body);
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(List.of(new Violation(TEXT, reason)));
    }
}
