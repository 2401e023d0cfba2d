package org.safeguard.workbench.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DeploymentRecordMapper {

    void insert(@Param("row") DeploymentRecord row);

    List<DeploymentRecord> findAll(@Param("deploymentIds") Collection<String> deploymentIds);
}
