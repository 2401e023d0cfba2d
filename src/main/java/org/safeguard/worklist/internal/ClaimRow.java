package org.safeguard.worklist.internal;

/**
 * What a claim checks, read in one query: an open task in a case the user may see, its assignee,
 * and whether it is offered to one of the user's groups.
 */
public record ClaimRow(String id, String kind, String caseReference, String assignee, boolean offered) {}
