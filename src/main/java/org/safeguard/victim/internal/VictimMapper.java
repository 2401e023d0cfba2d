package org.safeguard.victim.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.victim.AgeGroup;

@Mapper
public interface VictimMapper {

    void insert(@Param("row") VictimRow victim, @Param("id") GeneratedKey id);

    List<VictimRow> findByCase(long caseId);

    VictimRow findById(long id);

    boolean pseudonymExists(String pseudonym);

    Optional<AgeGroup> findAgeGroup(long victimId);

    /** The next batch of identities after {@code afterId}, by id. */
    List<StoredIdentity> findIdentities(@Param("afterId") long afterId, @Param("limit") int limit);

    void updateIdentity(StoredIdentity identity);
}
