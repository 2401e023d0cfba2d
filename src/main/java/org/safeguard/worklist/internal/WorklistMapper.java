package org.safeguard.worklist.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;

@Mapper
public interface WorklistMapper {

    List<TaskRow> page(@Param("scope") CaseScope scope, @Param("q") WorklistQuery query,
                       @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scope") CaseScope scope, @Param("q") WorklistQuery query);

    /** An open task in a case the user may see, or null. */
    TaskRow visibleTask(@Param("scope") CaseScope scope, @Param("taskId") String taskId);

    List<String> candidateGroups(@Param("taskId") String taskId);
}
