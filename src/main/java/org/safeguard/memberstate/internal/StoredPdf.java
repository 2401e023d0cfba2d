package org.safeguard.memberstate.internal;

/** A stored PDF; a record, because MyBatis reads a bare byte array as a list of rows. */
public record StoredPdf(byte[] content) {}
