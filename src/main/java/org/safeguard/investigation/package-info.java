/**
 * Investigations of one subject group: opening the file against its target date, the
 * investigators' steps (plan, interviews, evidence, report), the manager's review, extensions of
 * the target date and the finding. The service records what was written in its own tables and
 * completes the matching user task with codes only; the engine's timers call back to record the
 * clock's warnings and breaches.
 */
package org.safeguard.investigation;
