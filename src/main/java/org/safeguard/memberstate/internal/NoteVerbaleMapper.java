package org.safeguard.memberstate.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.safeguard.memberstate.NoteVerbale;
import org.safeguard.memberstate.NoteVerbaleTemplate;

@Mapper
public interface NoteVerbaleMapper {

    long nextNumber();

    void insert(NoteVerbaleRow row);

    NoteVerbale findByNumber(String number);

    StoredPdf findPdf(String number);

    List<NoteVerbale> findByEngagement(long engagementId);

    /** The engagement's first note verbale (the ladder refers to it), if any. */
    NoteVerbale findFirstOfEngagement(long engagementId);

    /** When the engagement's note verbale was first recorded as sent. */
    Instant findFirstSentAt(long engagementId);

    NoteFacts findFacts(long engagementId);

    NoteVerbaleTemplate findCurrentTemplate(String language);

    int findLastTemplateVersion(String language);

    void insertTemplate(NoteVerbaleTemplate template);
}
