package org.safeguard.admin;

/** An administrator replaced an account's password; published in the transaction that changed it. */
public record AccountPasswordChanged(String username) {}
