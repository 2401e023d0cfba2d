package org.safeguard.victim;

/** Where a referral stands. PENDING until the advocate names a provider; the last three are final. */
public enum ReferralStatus {
    PENDING,
    REFERRED,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == DECLINED || this == COMPLETED || this == WITHDRAWN;
    }
}
