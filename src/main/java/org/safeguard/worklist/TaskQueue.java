package org.safeguard.worklist;

/** Whose tasks a list shows: the tabs of the task list. */
public enum TaskQueue {
    /** Assigned to the user. */
    MINE,
    /** Unassigned, offered to a group the user's roles belong to: the tasks they may claim. */
    MY_GROUPS,
    /** Every open task in the user's case scope: managers only. */
    ALL
}
