package org.safeguard.casefile.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.casefile.InvestigatingBody;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.investigation.FindingCode;

/**
 * What a completed step decided, in words, from the codes and flags the step set in the engine
 * (and, for the preliminary assessment, from the subject groups it assessed). Only decisions
 * about the case are worded: the victim-assistance track's consent and needs stay with the
 * advocates (see {@code victim/ui}), and no narrative or identity ever reaches the engine.
 */
final class DecisionWords {

    static Optional<String> of(EngineActivity activity, List<SubjectGroup> groups) {
        List<String> words = SeaCaseProcess.Element.user_assess_allegation.id().equals(activity.activityId())
                ? assessment(groups)
                : fromEngine(activity.decided());
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", words));
    }

    private static List<String> assessment(List<SubjectGroup> groups) {
        return groups.stream()
                .filter(group -> group.breachesStandards() != null)
                .map(group -> Texts.text(
                        group.breachesStandards() ? "timeline.decision.breach" : "timeline.decision.noBreach",
                        SubjectGroupNames.of(group)))
                .toList();
    }

    private static List<String> fromEngine(Map<String, Object> decided) {
        List<String> words = new ArrayList<>();
        route(decided.get(SeaCaseProcess.Variables.ROUTE.name())).ifPresent(words::add);
        label(InvestigatingBody.class, decided.get(SeaCaseProcess.Variables.INVESTIGATING_BODY.name()))
                .ifPresent(body -> words.add(Texts.text("timeline.decision.investigatingBody", body)));
        label(FindingCode.class, decided.get(InvestigationProcess.Variables.FINDING.name()))
                .ifPresent(finding -> words.add(Texts.text("timeline.decision.finding", finding)));
        if (decided.get(InvestigationProcess.Variables.REPORT_ACCEPTED.name()) instanceof Boolean accepted) {
            words.add(
                    accepted
                            ? Texts.text("timeline.decision.reportAccepted.true")
                            : Texts.text("timeline.decision.reportAccepted.false"));
        }
        if (decided.get(InvestigationProcess.Variables.EXTENSION_APPROVED.name()) instanceof Boolean approved) {
            words.add(
                    approved
                            ? Texts.text("timeline.decision.extensionApproved.true")
                            : Texts.text("timeline.decision.extensionApproved.false"));
        }
        if (decided.get(AccountabilityProcess.Variables.PAYMENTS_WITHHELD.name()) instanceof Boolean withheld) {
            words.add(Texts.text("timeline.decision.paymentsWithheld", yesNo(withheld)));
        }
        if (decided.get(AccountabilityProcess.Variables.REPATRIATED.name()) instanceof Boolean repatriated) {
            words.add(Texts.text("timeline.decision.repatriated", yesNo(repatriated)));
        }
        return words;
    }

    // The decision table's outputs (investigation-routing.dmn); an output added later is not worded.
    private static Optional<String> route(Object route) {
        return Optional.ofNullable(
                switch (String.valueOf(route)) {
                    case "CLOSE" -> Texts.text("timeline.decision.route.CLOSE");
                    case "MEMBER_STATE" -> Texts.text("timeline.decision.route.MEMBER_STATE");
                    case "OVERSIGHT_OFFICE" -> Texts.text("timeline.decision.route.OVERSIGHT_OFFICE");
                    case "HEAD_OF_MISSION_OR_OVERSIGHT" ->
                        Texts.text("timeline.decision.route.HEAD_OF_MISSION_OR_OVERSIGHT");
                    case "RESPONSIBLE_ENTITY" -> Texts.text("timeline.decision.route.RESPONSIBLE_ENTITY");
                    default -> null;
                });
    }

    private static String yesNo(boolean value) {
        return Texts.text(value ? "timeline.decision.yes" : "timeline.decision.no");
    }

    private static <E extends Enum<E>> Optional<String> label(Class<E> type, Object code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(code))
                .findFirst()
                .map(Texts::of);
    }

    private DecisionWords() {}
}
