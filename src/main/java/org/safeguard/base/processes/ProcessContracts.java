package org.safeguard.base.processes;

import java.util.Set;

/**
 * What the code relies on in the models, so a model edited outside the code can be checked against
 * it before it is deployed: the process keys the code starts and queries, the decisions it
 * evaluates, and the messages it correlates.
 */
public final class ProcessContracts {

    /** Keys of the processes Safeguard starts, calls or queries by key. */
    public static final Set<String> PROCESS_KEYS = Set.of(
            SeaCaseProcess.KEY,
            InvestigationProcess.KEY,
            VictimAssistanceProcess.KEY,
            MemberStateEngagementProcess.KEY,
            AccountabilityProcess.KEY);

    /** Keys of the decisions the models and the code evaluate. */
    public static final Set<String> DECISION_KEYS = Set.of("sla-policy", "investigation-routing");

    /** Names of the messages the code correlates; a model waiting for another would wait forever. */
    public static final Set<String> CORRELATED_MESSAGES = Set.of(
            SeaCaseProcess.MESSAGE_INTERIM_MEASURE_PROPOSED,
            InvestigationProcess.EXTENSION_REQUESTED_MESSAGE,
            VictimAssistanceProcess.MESSAGE_CONSENT_WITHDRAWN,
            MemberStateEngagementProcess.MESSAGE_MEMBER_STATE_RESPONSE);

    private ProcessContracts() {}
}
