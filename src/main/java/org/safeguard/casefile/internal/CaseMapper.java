package org.safeguard.casefile.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;
import org.safeguard.casefile.CaseFilter;
import org.safeguard.casefile.CaseOverview;
import org.safeguard.casefile.CaseStatus;

@Mapper
public interface CaseMapper {

    long nextId();

    void insert(CaseRow row);

    CaseRow findByReference(String reference);

    /** The cases in the scope that match the filter, newest first. */
    List<CaseOverview> search(
            @Param("filter") CaseFilter filter,
            @Param("offset") int offset,
            @Param("limit") int limit,
            @Param("scope") CaseScope scope);

    long count(@Param("filter") CaseFilter filter, @Param("scope") CaseScope scope);

    int updateStatus(@Param("reference") String reference, @Param("status") CaseStatus status);
}
