/**
 * Deadlines as policy: how long each clock of a case runs (preliminary assessment, Member State
 * reply, investigation, referral of a victim ...) and when its warnings fall, decided by the
 * {@code sla-policy} decision table from the case's attributes, never typed into Java. Durations
 * in working days are counted on the working-day calendar of the Member State for Member State
 * clocks and of the duty station for all others. The process layer asks {@link org.safeguard.sla.SlaPolicy}
 * for a {@link org.safeguard.sla.Deadline}; nothing here knows about processes.
 */
package org.safeguard.sla;
