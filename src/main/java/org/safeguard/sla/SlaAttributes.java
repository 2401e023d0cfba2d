package org.safeguard.sla;

/**
 * What the policy looks at; any of them may be null when the case does not know it (yet).
 *
 * @param minorInvolved     a child victim
 * @param allegationType    e.g. {@code RAPE}
 * @param personnelCategory e.g. {@code MILITARY_CONTINGENT}
 * @param need              a victim's need for a {@link SlaClock#REFERRAL}, e.g. {@code MEDICAL}
 * @param nationality       the Member State, ISO alpha-2: its holidays for Member State clocks
 * @param entity            the mission or agency code: its duty station's holidays for other clocks
 */
public record SlaAttributes(
        Boolean minorInvolved,
        String allegationType,
        String personnelCategory,
        String need,
        String nationality,
        String entity) {

    public static SlaAttributes none() {
        return new SlaAttributes(null, null, null, null, null, null);
    }
}
