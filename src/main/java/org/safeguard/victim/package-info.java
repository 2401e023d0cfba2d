/**
 * Victims, kept apart from the investigation file. Everyone else sees a victim by pseudonym;
 * names and contacts stay in this feature and never travel in events, engine variables or logs.
 * Assistance: scoped, revocable consents ({@link org.safeguard.victim.VictimConsents}), the
 * assistance track and its needs ({@link org.safeguard.victim.Assistance}) and referrals to
 * providers ({@link org.safeguard.victim.Referrals}). Their {@code complete...} methods record the
 * advocate's work and complete the task through {@code base/tasks/OpenTasks} in one transaction, only
 * if the task is that step of this victim's or referral's track.
 */
package org.safeguard.victim;
