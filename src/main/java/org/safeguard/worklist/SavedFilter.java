package org.safeguard.worklist;

/** A named task filter; a shared one is offered to every user of the task list. */
public record SavedFilter(long id, String name, String owner, TaskFilter filter, boolean shared) {}
