package org.safeguard.investigation;

/** What an investigator wrote for a step (plan, interview, evidence); stays in Safeguard's tables. */
public record StepNotes(String summary) {}
