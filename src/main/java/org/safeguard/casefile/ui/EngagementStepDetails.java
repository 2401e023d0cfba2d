package org.safeguard.casefile.ui;

import java.util.Arrays;
import java.util.Optional;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.ReplyKind;

/**
 * What qualifies an engagement step, in words: the steps store a code ({@code JOINT},
 * {@code JOINT_INVESTIGATION}, {@code PENDING_WITH_MEMBER_STATE}) or the note verbale's number.
 */
final class EngagementStepDetails {

    static String of(EngagementStep step) {
        String code = step.detailCode();
        if (code == null || code.isBlank()) {
            return "";
        }
        return switch (step.kind()) {
            case REPLY_RECEIVED, DUPLICATE_REPLY, LATE_REPLY ->
                label(ReplyKind.class, code).orElse("");
            case CLOSED -> label(EngagementOutcome.class, code).orElse("");
            case ESCALATION_SENIOR_LEADERSHIP -> label(CaseStatus.class, code).orElse("");
            // The note verbale's number: a reference people quote, not a code.
            default -> code;
        };
    }

    // A code no enum knows any more (an older row) is left out rather than shown raw.
    private static <E extends Enum<E>> Optional<String> label(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(code))
                .findFirst()
                .map(Texts::of);
    }

    private EngagementStepDetails() {}
}
