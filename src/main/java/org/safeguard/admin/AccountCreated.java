package org.safeguard.admin;

/** A new account exists; published in the transaction that created it. */
public record AccountCreated(Account account) {}
