package org.safeguard.accountability;

/** For uniformed personnel: whether payments were withheld and the person repatriated, and the particulars. */
public record PaymentsAndRepatriation(boolean paymentsWithheld, boolean repatriated, String details) {}
