package org.safeguard.casefile.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;
import org.safeguard.casefile.Colleague;

/** Case teams, exclusions, break-glass access, and the scope condition built on them. */
@Mapper
public interface CaseAccessMapper {

    Long findVisibleCaseId(@Param("reference") String reference, @Param("scope") CaseScope scope);

    boolean isVisibleById(@Param("caseId") long caseId, @Param("scope") CaseScope scope);

    /** The users who see the case through any of the roles (each by its own scope), conflicted users left out. */
    List<String> usersWhoSee(@Param("reference") String reference, @Param("roles") List<RoleScope> roles);

    /** {@code EXCLUDED}, {@code NATIONALITY} and/or {@code UNIT}: why the user conflicts with the case. */
    List<String> conflicts(@Param("caseId") long caseId, @Param("username") String username);

    Instant activeBreakGlassUntil(
            @Param("caseId") long caseId, @Param("username") String username, @Param("now") Instant now);

    void insertBreakGlass(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("reason") String reason,
            @Param("openedAt") Instant openedAt,
            @Param("expiresAt") Instant expiresAt);

    List<String> team(@Param("caseId") long caseId);

    List<Colleague> teamMembers(@Param("caseId") long caseId);

    /** Investigators with an active account, not on the team, without a conflict of interest with the case. */
    List<Colleague> teamCandidates(@Param("caseId") long caseId);

    void addTeamMember(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("addedBy") String addedBy,
            @Param("addedAt") Instant addedAt);

    int removeTeamMember(@Param("caseId") long caseId, @Param("username") String username);

    void exclude(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("reason") String reason,
            @Param("excludedBy") String excludedBy,
            @Param("excludedAt") Instant excludedAt);

    boolean isExcluded(@Param("caseId") long caseId, @Param("username") String username);
}
