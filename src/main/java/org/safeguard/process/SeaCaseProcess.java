package org.safeguard.process;

import java.util.Date;

/**
 * Backs {@code processes/sea-case.bpmn}: the lifecycle of one case. The engine holds the
 * reference and codes only; narratives and victims' identities stay in Safeguard's tables.
 */
public final class SeaCaseProcess {

    public static final String KEY = "sea-case";

    /** Element ids of the model. */
    public enum Element {
        start_allegation_received,
        user_assess_allegation,
        end_allegation_assessed;

        public String id() {
            return name();
        }
    }

    public static final class Variables {

        public static final ProcessVariable<String> CASE_REFERENCE = new ProcessVariable<>("caseReference", String.class);
        public static final ProcessVariable<Date> RECEIVED_AT = new ProcessVariable<>("receivedAt", Date.class);
        public static final ProcessVariable<String> ENTITY = new ProcessVariable<>("entity", String.class);
        public static final ProcessVariable<String> ALLEGATION_TYPE = new ProcessVariable<>("allegationType", String.class);
        public static final ProcessVariable<Boolean> MINOR_INVOLVED = new ProcessVariable<>("minorInvolved", Boolean.class);

        private Variables() {
        }
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String INTAKE = "intake";

        private Groups() {
        }
    }

    private SeaCaseProcess() {
    }
}
