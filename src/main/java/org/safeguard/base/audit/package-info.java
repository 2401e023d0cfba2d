/**
 * The audit trail: every change to a case and every read of a victim's identity, written in the
 * same transaction as the change, append-only, and browsable by auditors together with the
 * engine's user operation log ({@code GET /api/audit}).
 */
package org.safeguard.base.audit;
