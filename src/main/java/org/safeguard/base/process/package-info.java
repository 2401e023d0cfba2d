/**
 * What the engine knows about a case, read for the case file: each process instance's diagram with
 * where it stands, and the history of its activities. Here rather than in {@code process}, which no
 * feature may call: only the engine's own APIs are used, and nothing of a particular model.
 */
package org.safeguard.base.process;
