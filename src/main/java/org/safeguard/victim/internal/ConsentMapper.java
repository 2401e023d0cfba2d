package org.safeguard.victim.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.victim.Consent;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentRecord;
import org.safeguard.victim.ConsentScope;

@Mapper
public interface ConsentMapper {

    void insert(
            @Param("victimId") long victimId,
            @Param("scope") ConsentScope scope,
            @Param("given") boolean given,
            @Param("givenBy") ConsentGiver givenBy,
            @Param("recordedAt") Instant recordedAt,
            @Param("recordedBy") String recordedBy);

    /** The latest answer for the scope: a newer answer supersedes an older one. */
    Optional<Consent> findLatest(@Param("victimId") long victimId, @Param("scope") ConsentScope scope);

    void withdraw(
            @Param("id") long id, @Param("withdrawnAt") Instant withdrawnAt, @Param("withdrawnBy") String withdrawnBy);

    /** Every answer recorded for the victim, newest first. */
    List<ConsentRecord> findHistory(long victimId);
}
