package org.safeguard.victim.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referral;
import org.safeguard.victim.ReferralStatus;

@Mapper
public interface ReferralMapper {

    void open(
            @Param("victimId") long victimId,
            @Param("need") Need need,
            @Param("dueAt") Instant dueAt,
            @Param("now") Instant now,
            @Param("id") GeneratedKey id);

    Optional<Referral> find(long id);

    List<Referral> findByVictim(long victimId);

    void refer(
            @Param("id") long id,
            @Param("providerCode") String providerCode,
            @Param("providerName") String providerName,
            @Param("now") Instant now);

    void changeStatus(@Param("id") long id, @Param("status") ReferralStatus status, @Param("now") Instant now);

    void recordBreach(@Param("id") long id, @Param("now") Instant now);

    /** Marks every referral of the victim that is not final WITHDRAWN; answers how many. */
    int withdrawOpen(@Param("victimId") long victimId, @Param("now") Instant now);
}
