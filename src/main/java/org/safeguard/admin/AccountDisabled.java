package org.safeguard.admin;

/** An account was disabled; published in the transaction that disabled it. */
public record AccountDisabled(String username) {}
