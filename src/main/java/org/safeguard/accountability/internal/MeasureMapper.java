package org.safeguard.accountability.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface MeasureMapper {

    void insert(MeasureRow measure);

    List<MeasureRow> findBySubjectGroup(long subjectGroupId);
}
