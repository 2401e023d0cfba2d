package org.safeguard.base.audit.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.audit.AuditQuery;

/** Insert and select only: the trail is append-only. */
@Mapper
public interface AuditEventMapper {

    void insert(AuditEventRow row);

    /** Safeguard's entries and the engine's user operation log (one entry per operation), newest first. */
    List<AuditEvent> browse(@Param("filter") AuditQuery filter, @Param("offset") int offset, @Param("limit") int limit);
}
