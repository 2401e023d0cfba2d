/**
 * Member States: the 193 as reference data, and the engagements of a Member State about a
 * subject group — the note verbale, the reminder and escalation ladder, the replies — each step
 * dated and kept. {@link org.safeguard.memberstate.MemberStateEngagements} and
 * {@link org.safeguard.memberstate.MemberStateResponses} are the API; the engine learns of
 * replies through the events this feature publishes, and the conduct officer's tasks are completed
 * by {@code MemberStateEngagements} itself, through {@code base/tasks/OpenTasks}.
 * {@link org.safeguard.memberstate.MemberStatePortal} is what a focal point sees of their own
 * Member State's engagements ({@code ui/FocalPointView}); {@code rest/} takes replies from
 * systems that integrate.
 */
package org.safeguard.memberstate;
