package org.safeguard.investigation;

/** Names of the variables this feature's task completions set; the process model reads them. */
public final class InvestigationTaskVariables {

    /** Boolean: the report passed the supervisory review. */
    public static final String REPORT_ACCEPTED = "reportAccepted";
    /** Boolean: the manager approved the extension. */
    public static final String EXTENSION_APPROVED = "extensionApproved";
    /** Date: the approved new target date. */
    public static final String EXTENDED_DUE_AT = "extendedDueAt";
    /** String, a {@link FindingCode}. */
    public static final String FINDING = "finding";
    /** Long: the investigation's id, set when it is opened. */
    public static final String INVESTIGATION_ID = "investigationId";
    /** Long: correlates extension requests. */
    public static final String SUBJECT_GROUP_ID = "subjectGroupId";
    /** The message an extension request sends to the running investigation. */
    public static final String EXTENSION_REQUESTED_MESSAGE = "InvestigationExtensionRequested";

    private InvestigationTaskVariables() {}
}
