package org.safeguard.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.InvestigatingBody;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.VictimConsents;
import org.safeguard.victim.Victims;
import org.springframework.stereotype.Component;

/**
 * What the {@code sea-case} model iterates over and passes on, read from Safeguard's tables when
 * needed rather than copied into variables: {@code ${caseParts.subjectGroupIds(execution)}}.
 */
@Component("caseParts")
public class CaseParts {

    private final CaseFiles cases;
    private final Victims victims;
    private final VictimConsents consents;
    private final CaseTeams teams;

    CaseParts(CaseFiles cases, Victims victims, VictimConsents consents, CaseTeams teams) {
        this.cases = cases;
        this.victims = victims;
        this.consents = consents;
        this.teams = teams;
    }

    public List<Long> subjectGroupIds(DelegateExecution execution) {
        return cases.subjectGroupIds(execution.getProcessBusinessKey());
    }

    public List<Long> victimIds(DelegateExecution execution) {
        return cases.victimIds(execution.getProcessBusinessKey());
    }

    /**
     * The subject group a paternity claim would be raised against: the first uniformed group, whose
     * Member State must act; none when no subject is a Member State's national.
     */
    public Long paternitySubjectGroupId(DelegateExecution execution) {
        return paternitySubjects(execution).map(SubjectGroup::id).orElse(null);
    }

    public String paternityNationality(DelegateExecution execution) {
        return paternitySubjects(execution).map(SubjectGroup::nationality).orElse(null);
    }

    private Optional<SubjectGroup> paternitySubjects(DelegateExecution execution) {
        return cases.subjectGroups(execution.getProcessBusinessKey()).stream()
                .filter(group -> group.personnelCategory().isUniformed() && group.nationality() != null)
                .findFirst();
    }

    public boolean isChildVictim(Long victimId) {
        return victims.isChild(victimId);
    }

    /** A victim is interviewed only with a consent to share with investigators that is in force. */
    public boolean victimConsentToShare(DelegateExecution execution) {
        return victimIds(execution).stream()
                .anyMatch(id -> consents.inForce(id, ConsentScope.SHARING_WITH_INVESTIGATORS));
    }

    /**
     * Whether an investigation of the case may start: at least one investigator on its team who may
     * see it (conflicts of interest left out). Otherwise the model waits for a manager to assign one.
     */
    public boolean hasInvestigationTeam(DelegateExecution execution) {
        return teams.hasInvestigatorWhoSees(execution.getProcessBusinessKey());
    }

    /** Who investigates, from the route and, for a Member State, its answer; for police the manager's decision. */
    public String investigatingBody(String route, String engagementOutcome, String decided) {
        InvestigatingBody body = switch (route) {
            case "OVERSIGHT_OFFICE" -> InvestigatingBody.OVERSIGHT_OFFICE;
            case "MEMBER_STATE" ->
                "JOINT_INVESTIGATION".equals(engagementOutcome)
                        ? InvestigatingBody.JOINT_WITH_MEMBER_STATE
                        : InvestigatingBody.OWN_FACT_FINDING;
            case "HEAD_OF_MISSION_OR_OVERSIGHT" -> InvestigatingBody.valueOf(decided);
            default -> throw new IllegalStateException("Route " + route + " is not investigated");
        };
        return body.name();
    }
}
