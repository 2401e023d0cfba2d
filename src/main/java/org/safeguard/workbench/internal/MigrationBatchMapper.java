package org.safeguard.workbench.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MigrationBatchMapper {

    void insert(@Param("row") MigrationBatchRecord row);

    MigrationBatchRecord find(@Param("batchId") String batchId);

    /** Newest first. */
    List<MigrationBatchRecord> findByKey(@Param("processKey") String processKey);

    /** The batch's migration jobs without retries left, read from the engine's tables. */
    List<FailedBatchJob> failedJobs(@Param("jobDefinitionId") String jobDefinitionId);
}
