package org.safeguard.casefile.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;
import org.safeguard.casefile.StrandedTask;

/** Open tasks of the cases the caller sees that no one can work, or that no one has claimed for too long. */
@Mapper
public interface StrandedTaskMapper {

    /**
     * @param caller          the caller's scope: the cases whose tasks are listed
     * @param reaches         every role with the cases it reaches ({@link RoleReach#all})
     * @param teamTask        the kind of the task a case waits at for its investigation team
     * @param unclaimedBefore an unassigned task created before this is listed even when someone could claim it
     */
    List<StrandedTask> stranded(
            @Param("caller") CaseScope caller,
            @Param("reaches") List<RoleReach> reaches,
            @Param("teamTask") String teamTask,
            @Param("unclaimedBefore") Instant unclaimedBefore,
            @Param("limit") int limit);

    /** How many {@link #stranded} lists without a limit, by reason. */
    List<ReasonCount> count(
            @Param("caller") CaseScope caller,
            @Param("reaches") List<RoleReach> reaches,
            @Param("teamTask") String teamTask,
            @Param("unclaimedBefore") Instant unclaimedBefore);
}
