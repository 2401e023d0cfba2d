package org.safeguard.admin.internal;

import org.safeguard.base.security.Role;

/**
 * One row of an account joined with its roles: signing in reads the account and its roles in one
 * query, a row per role ({@code role} null for an account without any).
 */
public record AccountRoleRow(AccountRow account, Role role) {}
