package org.safeguard.admin;

/** An account's roles were replaced; published in the transaction that changed them. */
public record AccountRolesChanged(Account account) {}
