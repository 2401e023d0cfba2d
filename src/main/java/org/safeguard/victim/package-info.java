/**
 * Victims, kept apart from the investigation file. Everyone else sees a victim by pseudonym;
 * names and contacts stay in this feature and never travel in events, engine variables or logs.
 * Assistance: scoped, revocable consents ({@link org.safeguard.victim.VictimConsents}), the
 * assistance track and its needs ({@link org.safeguard.victim.Assistance}) and referrals to
 * providers ({@link org.safeguard.victim.Referrals}). Task work is announced by past-tense events
 * carrying the task id; the engine side completes the task.
 */
package org.safeguard.victim;
