/**
 * Deadlines as policy, and the clocks they set as data. How long each clock of a case runs
 * (preliminary assessment, Member State reply, investigation, referral of a victim ...) and when
 * its warnings fall is decided by the {@code sla-policy} decision table from the case's attributes,
 * never typed into Java; durations in working days are counted on the working-day calendar of the
 * Member State for Member State clocks and of the duty station for all others. The process layer
 * asks {@link org.safeguard.sla.SlaPolicy} for a {@link org.safeguard.sla.Deadline}.
 *
 * <p>{@link org.safeguard.sla.SlaClocks} reads every running and ended clock back from the engine
 * (task due dates, timers, history) and the investigation files, in the user's case scope, and
 * lets managers pause and resume a clock; {@link org.safeguard.sla.SlaFigures} aggregates them for
 * the managers' dashboard and the Prometheus gauges. Where each clock lives in the models is told by
 * the process layer through the {@link org.safeguard.sla.ClockBindings} bean; nothing here depends
 * on the process package.
 */
package org.safeguard.sla;
