package org.safeguard.workbench.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.workbench.ModelDraft;

@Mapper
public interface ModelDraftMapper {

    ModelDraft find(@Param("key") String key);

    void insert(@Param("draft") ModelDraft draft);

    /** Saves over version {@code baseVersion} only; 0 when someone saved since. */
    int update(
            @Param("key") String key,
            @Param("content") String content,
            @Param("baseVersion") int baseVersion,
            @Param("savedBy") String savedBy,
            @Param("savedAt") Instant savedAt);

    int delete(@Param("key") String key);
}
