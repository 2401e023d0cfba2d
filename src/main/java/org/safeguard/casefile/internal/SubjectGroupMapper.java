package org.safeguard.casefile.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroupOutcome;

@Mapper
public interface SubjectGroupMapper {

    void insertGroup(
            @Param("caseId") long caseId,
            @Param("category") PersonnelCategory category,
            @Param("nationality") String nationality,
            @Param("id") GeneratedId id);

    void insertSubject(@Param("groupId") long groupId, @Param("unit") String unit);

    List<SubjectRow> findByCase(long caseId);

    List<SubjectRow> findByCaseReference(String reference);

    List<SubjectRow> findById(long id);

    int recordAssessment(
            @Param("id") long id,
            @Param("breachesStandards") boolean breachesStandards,
            @Param("reason") String reason);

    int recordOutcome(@Param("id") long id, @Param("outcome") SubjectGroupOutcome outcome);
}
