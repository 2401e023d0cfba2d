package org.safeguard.casefile.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IntakeRequestMapper {

    void insert(
            @Param("client") String client,
            @Param("key") String key,
            @Param("requestHash") String requestHash,
            @Param("receivedAt") Instant receivedAt);

    void attachCase(@Param("client") String client, @Param("key") String key, @Param("reference") String reference);

    IntakeRequestRow find(@Param("client") String client, @Param("key") String key);
}
