package org.safeguard.casefile.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.casefile.PersonnelCategory;

@Mapper
public interface SubjectGroupMapper {

    void insertGroup(@Param("caseId") long caseId, @Param("category") PersonnelCategory category,
                     @Param("nationality") String nationality, @Param("id") GeneratedId id);

    void insertSubject(@Param("groupId") long groupId, @Param("unit") String unit);

    List<SubjectRow> findByCase(long caseId);
}
