package org.safeguard.accountability;

/** Names of the process variables this feature reads from its tasks and sets when it completes them. */
public final class AccountabilityTaskVariables {

    /** String: the case the measures belong to (input of the process). */
    public static final String CASE_REFERENCE = "caseReference";
    /** Long: the subject group the measures concern (input of the process). */
    public static final String SUBJECT_GROUP_ID = "subjectGroupId";
    /** Boolean. */
    public static final String PAYMENTS_WITHHELD = "paymentsWithheld";
    /** Boolean. */
    public static final String REPATRIATED = "repatriated";

    private AccountabilityTaskVariables() {}
}
