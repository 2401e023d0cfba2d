package org.safeguard.accountability;

/** Names of the variables this feature's task completions set; the process model reads them. */
public final class AccountabilityTaskVariables {

    /** Boolean. */
    public static final String PAYMENTS_WITHHELD = "paymentsWithheld";
    /** Boolean. */
    public static final String REPATRIATED = "repatriated";

    private AccountabilityTaskVariables() {
    }
}
