package org.safeguard.memberstate.internal;

import java.util.Locale;
import org.safeguard.memberstate.EngagementPurpose;

/**
 * What a note verbale says about its engagement: codes only, read in one query. The personnel
 * category and the entity are read from the case file's tables (the case file depends on this
 * feature, not the other way round).
 */
public record NoteFacts(
        long engagementId,
        String caseReference,
        String nationality,
        EngagementPurpose purpose,
        String personnelCategory,
        String entityCode,
        String nameEn,
        String nameFr,
        String formalNameEn,
        String formalNameFr,
        String noteLanguage,
        String missionEmail) {

    public Locale language() {
        return Locale.forLanguageTag(noteLanguage);
    }

    /** The formal name in the note's language, or the short name while none is entered. */
    public String memberStateName() {
        boolean french = "fr".equals(language().getLanguage());
        String formal = french ? formalNameFr : formalNameEn;
        return formal != null && !formal.isBlank() ? formal : french ? nameFr : nameEn;
    }
}
