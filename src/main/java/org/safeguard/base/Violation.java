package org.safeguard.base;

/** One reason a piece of input was refused: the field as the caller named it, and why. */
public record Violation(String field, String reason) {}
