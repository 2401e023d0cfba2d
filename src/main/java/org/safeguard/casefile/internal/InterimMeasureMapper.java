package org.safeguard.casefile.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.casefile.InterimMeasure;
import org.safeguard.casefile.InterimMeasureType;

@Mapper
public interface InterimMeasureMapper {

    void insert(
            @Param("caseId") long caseId,
            @Param("subjectGroupId") Long subjectGroupId,
            @Param("measure") InterimMeasureType measure,
            @Param("proposedBy") String proposedBy,
            @Param("proposedAt") Instant proposedAt,
            @Param("id") GeneratedId id);

    int decide(
            @Param("id") long id,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt);

    String status(long id);

    List<InterimMeasure> findByCase(long caseId);
}
