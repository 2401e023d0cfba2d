package org.safeguard.accountability.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.accountability.RecordedMeasure;

@Mapper
public interface MeasureMapper {

    void insert(MeasureRow measure);

    List<MeasureRow> findBySubjectGroup(long subjectGroupId);

    /**
     * The measures of a case by subject group, then as recorded.
     *
     * @param nationalsOf a focal point's username: only the groups of their nationality; null for all
     */
    List<RecordedMeasure> findByCase(@Param("reference") String reference, @Param("nationalsOf") String nationalsOf);
}
