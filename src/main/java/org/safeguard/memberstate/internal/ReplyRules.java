package org.safeguard.memberstate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.EngagementAddress;
import org.safeguard.memberstate.MemberStateReply;
import org.springframework.stereotype.Component;

/** What a reply must hold before anything is looked up or written; every broken rule names its field. */
@Component
public class ReplyRules {

    static final int MAX_OFFICER_FIELD = 200;
    static final int MAX_ACTION_DETAIL = 500;

    private final Clock clock;

    public ReplyRules(Clock clock) {
        this.clock = clock;
    }

    /** @throws InvalidInputException naming every bad field */
    public void check(EngagementAddress address, MemberStateReply reply) {
        List<Violation> violations = new ArrayList<>();
        address(address, violations);
        if (reply == null || reply.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        } else {
            if (reply.kind().namesInvestigationOfficer() && isBlank(reply.investigationOfficerName())) {
                violations.add(
                        new Violation("investigationOfficerName", "is required when the Member State investigates"));
            }
            if (reply.kind().reportsActions() && reply.actions().isEmpty()) {
                violations.add(new Violation("actions", "must list at least one action for ACTIONS_REPORTED"));
            }
            if (!reply.kind().reportsActions() && !reply.actions().isEmpty()) {
                violations.add(new Violation("actions", "are reported only with ACTIONS_REPORTED"));
            }
        }
        if (reply != null) {
            details(reply, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void address(EngagementAddress address, List<Violation> violations) {
        if (address == null
                || address.engagementId() == null
                        && (isBlank(address.caseReference()) || address.subjectGroupId() == null)) {
            violations.add(new Violation("engagementId", "is required, or caseReference and subjectGroupId"));
        } else if (address.engagementId() != null
                && (address.caseReference() != null || address.subjectGroupId() != null)) {
            violations.add(
                    new Violation("engagementId", "names the engagement: leave out caseReference and subjectGroupId"));
        }
    }

    private void details(MemberStateReply reply, List<Violation> violations) {
        if (tooLong(reply.investigationOfficerName(), MAX_OFFICER_FIELD)) {
            violations.add(new Violation("investigationOfficerName", "is longer than " + MAX_OFFICER_FIELD));
        }
        if (tooLong(reply.investigationOfficerContact(), MAX_OFFICER_FIELD)) {
            violations.add(new Violation("investigationOfficerContact", "is longer than " + MAX_OFFICER_FIELD));
        }
        if (tooLong(reply.remark(), MemberStateReply.REMARK_MAX)) {
            violations.add(new Violation("remark", "is longer than " + MemberStateReply.REMARK_MAX));
        }
        if (reply.receivedAt() != null && reply.receivedAt().isAfter(clock.instant())) {
            violations.add(new Violation("receivedAt", "must not be in the future"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int i = 0; i < reply.actions().size(); i++) {
            ActionTaken action = reply.actions().get(i);
            String field = "actions[" + i + "].";
            if (action == null || action.kind() == null) {
                violations.add(new Violation(field + "kind", "is required"));
            }
            if (action == null || action.takenOn() == null) {
                violations.add(new Violation(field + "takenOn", "is required"));
            } else if (action.takenOn().isAfter(today)) {
                violations.add(new Violation(field + "takenOn", "must not be in the future"));
            }
            if (action != null && tooLong(action.detail(), MAX_ACTION_DETAIL)) {
                violations.add(new Violation(field + "detail", "is longer than " + MAX_ACTION_DETAIL));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
