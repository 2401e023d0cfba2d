package org.safeguard.victim.internal;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.victim.Consent;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;

@Mapper
public interface ConsentMapper {

    void insert(@Param("victimId") long victimId, @Param("scope") ConsentScope scope, @Param("given") boolean given,
                @Param("givenBy") ConsentGiver givenBy, @Param("recordedAt") Instant recordedAt);

    /** The latest answer for the scope: a newer answer supersedes an older one. */
    Optional<Consent> findLatest(@Param("victimId") long victimId, @Param("scope") ConsentScope scope);

    void withdraw(@Param("id") long id, @Param("withdrawnAt") Instant withdrawnAt);
}
