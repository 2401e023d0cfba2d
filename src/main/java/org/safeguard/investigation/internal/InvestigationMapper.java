package org.safeguard.investigation.internal;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InvestigationMapper {

    void insert(@Param("row") InvestigationRow row, @Param("id") GeneratedId id);

    Optional<InvestigationRow> find(long id);

    Optional<InvestigationRow> findOpenBySubjectGroup(long subjectGroupId);

    List<InvestigationRow> findByCase(String caseReference);

    int extend(@Param("id") long id, @Param("extendedDueAt") Date extendedDueAt);

    int close(@Param("id") long id, @Param("finding") String finding, @Param("closedAt") Date closedAt);

    void insertEvent(InvestigationEventRow event);

    List<InvestigationEventRow> findEvents(long investigationId);
}
