package org.safeguard.admin.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ApiTokenMapper {

    void insert(ApiTokenRow token);

    /** Newest first. */
    List<ApiTokenRow> findAll();

    ApiTokenRow findById(String id);

    TokenCredential findCredential(String id);

    /** @return 1 when it was in force until now, 0 when unknown or already revoked */
    int revoke(@Param("id") String id, @Param("at") Instant at, @Param("by") String by);

    void addUses(@Param("id") String id, @Param("calls") long calls, @Param("lastUsedAt") Instant lastUsedAt);
}
