package org.safeguard.base.audit;

/**
 * What an audit entry records. Codes, stored by name: rename none once written. The engine's own
 * operations appear in the trail as {@code ENGINE_<operation>} (e.g. {@code ENGINE_CLAIM}) and
 * are not listed here.
 */
public enum AuditAction {
    /** A case was recorded at intake; detail: channel, entity, allegation type, counts. */
    CASE_RECORDED,
    /** The case's published status moved; detail: {@code FROM->TO}. */
    CASE_STATUS_CHANGED,
    /** A person's task was completed through a typed service; target: task id, detail: task kind. */
    TASK_COMPLETED,
    /** A user took a task offered to their group; target: task id, detail: task kind. */
    TASK_CLAIMED,
    /** A task went back to its groups; target: task id, detail: the former assignee. */
    TASK_UNCLAIMED,
    /** A manager gave a task to someone; target: task id, detail: {@code FROM->TO}. */
    TASK_REASSIGNED,
    /** A task's follow-up date was set or cleared; target: task id, detail: the date or nothing. */
    TASK_FOLLOW_UP_SET,
    /** A victim's name and contact were read; target: the victim id. */
    VICTIM_IDENTITY_READ,
    /** An investigator joined a case's team; target: the username. */
    CASE_TEAM_MEMBER_ADDED,
    /** An investigator left a case's team; target: the username. */
    CASE_TEAM_MEMBER_REMOVED,
    /** A manager excluded a user from a case; target: the username, reason: the manager's. */
    USER_EXCLUDED_FROM_CASE,
    /** An excluded user opened break-glass access; detail: the conflicts and the expiry, reason: theirs. */
    BREAK_GLASS_OPENED,
    /** A case was read under break-glass access. */
    CASE_READ_UNDER_BREAK_GLASS,
    /** An interim measure was proposed; target: {@code measure:<id>}, detail: the measure type. */
    INTERIM_MEASURE_PROPOSED,
    /** A Member State's reply was received; target: {@code engagement:<id>}, detail: the reply kind. */
    MEMBER_STATE_REPLY_RECEIVED,
    /**
     * A manager or administrator recorded a reply the Member State sent on paper, on its behalf;
     * target: {@code engagement:<id>}, detail: the reply kind.
     */
    MEMBER_STATE_REPLY_RECORDED_ON_BEHALF,
    /** An account was created; target: the username, detail: its roles. */
    ACCOUNT_CREATED,
    /** An account's roles were replaced; target: the username, detail: its roles now. */
    ACCOUNT_ROLES_CHANGED,
    /** An administrator replaced an account's password; target: the username. Locks and failed sign-ins are cleared. */
    ACCOUNT_PASSWORD_CHANGED,
    /** An administrator disabled an account: no sign-in, no API token of it works; target: the username. */
    ACCOUNT_DISABLED,
    /** An administrator issued an API token; target: {@code token:<id>}, detail: account, scopes, expiry, name. Never the secret. */
    API_TOKEN_ISSUED,
    /** An administrator revoked an API token; target: {@code token:<id>}, detail: its account. */
    API_TOKEN_REVOKED,
    /**
     * An API token was used, counted in memory and written at most once a minute per token, not once
     * per call; target: {@code token:<id>}, detail: its account, the number of calls and the last one.
     */
    API_TOKEN_USED,
    /** A case list was downloaded; detail: the number of rows and the filter applied. */
    CASE_LIST_EXPORTED,
    /** A comment was written on a case; target: {@code comment:<id>}, detail: its length, never its text. */
    CASE_COMMENT_ADDED,
    /** A manager paused an SLA clock; target: the clock id, detail: the clock, reason: the manager's. */
    SLA_CLOCK_PAUSED,
    /** A manager resumed an SLA clock; target: the clock id, detail: the clock and its target {@code OLD->NEW}. */
    SLA_CLOCK_RESUMED,
    /** A note verbale was issued and queued for mailing; target: {@code engagement:<id>}, detail: number and step. */
    NOTE_VERBALE_ISSUED,
    /**
     * A note verbale's PDF was read (by staff from the case file or the API, by a focal point from
     * the portal); target: {@code engagement:<id>}, detail: its number.
     */
    NOTE_VERBALE_READ,
    /** A process owner replaced a note verbale template; target: the language, detail: the new version. */
    NOTE_VERBALE_TEMPLATE_REPLACED,
    /**
     * Models were deployed as new versions (the shipped ones at a start, the workbench, the desktop
     * modeler); target: the engine's deployment id, detail: the files, reason: the deployer's.
     */
    MODEL_DEPLOYED,
    /**
     * A process owner moved running instances to another version; target: the process key, detail:
     * the versions, how many moved and stayed, whether timers follow the new version; reason: theirs.
     * Since migrations run as batches: the batch id, and how many the batch moves ({@code instances=}).
     */
    MODEL_INSTANCES_MIGRATED,
    /** A process owner gave a migration batch's failed instances their retries back; target: the process key, detail: the batch. */
    MODEL_MIGRATION_RETRIED
}
