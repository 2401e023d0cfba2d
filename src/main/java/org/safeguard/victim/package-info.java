/**
 * Victims, kept apart from the investigation file. Everyone else sees a victim by pseudonym;
 * names and contacts stay in this feature and never travel in events, engine variables or logs.
 */
package org.safeguard.victim;
