package org.safeguard.casefile.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.casefile.CaseComment;

/** The comments on a case. */
@Mapper
public interface CaseCommentMapper {

    void insert(
            @Param("caseId") long caseId,
            @Param("author") String author,
            @Param("writtenAt") Instant writtenAt,
            @Param("text") String text,
            @Param("id") GeneratedId id);

    /** Newest first; comments written in the same instant, the later insert first. */
    List<CaseComment> findByCase(long caseId);
}
