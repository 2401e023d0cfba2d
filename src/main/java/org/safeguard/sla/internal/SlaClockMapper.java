package org.safeguard.sla.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;

@Mapper
public interface SlaClockMapper {

    List<ClockRow> page(
            @Param("scope") CaseScope scope,
            @Param("q") ClockQuery query,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("scope") CaseScope scope, @Param("q") ClockQuery query);

    /** One clock of a visible case, or null. */
    ClockRow find(@Param("scope") CaseScope scope, @Param("q") ClockQuery query, @Param("clockId") String clockId);

    /** Open breached and at-risk clocks per value of {@code groupColumn} (a column of the clock rows). */
    List<GroupCount> openByGroup(
            @Param("scope") CaseScope scope, @Param("q") ClockQuery query, @Param("groupColumn") String groupColumn);

    /** Open breached clocks per clock kind and entity. */
    List<KindEntityCount> openBreachesByKindAndEntity(@Param("scope") CaseScope scope, @Param("q") ClockQuery query);

    /** Breached clocks whose target fell in [from, to), per week counted from {@code firstMonday}. */
    List<WeekCount> breachesPerWeek(
            @Param("scope") CaseScope scope,
            @Param("q") ClockQuery query,
            @Param("firstMonday") Instant firstMonday,
            @Param("from") Instant from,
            @Param("to") Instant to);

    /** How long each clock that ended in time or late in [from, to) ran. */
    List<KindSeconds> durations(
            @Param("scope") CaseScope scope,
            @Param("q") ClockQuery query,
            @Param("from") Instant from,
            @Param("to") Instant to);

    /**
     * Writes the derived clocks of {@code cases} (every case when null) into {@code sla_clock};
     * {@code query} must ask for every clock ({@code SlaClockFilter.NONE}), {@code scope} see every case.
     */
    int project(@Param("scope") CaseScope scope, @Param("q") ClockQuery query, @Param("cases") List<String> cases);

    /** Removes the projected clocks of {@code cases} (every clock when null). */
    int forget(@Param("cases") List<String> cases);

    /** Sets the open clock of this task to the task's assignee and due date; 0 when it has none. */
    int followTask(@Param("taskId") String taskId);

    /** The case references (business keys) of the process instances {@code ids}. */
    List<String> casesOfProcessInstances(@Param("ids") Collection<String> ids);

    /** Whether {@code username} can have no conflict of interest: no exclusion, no nationality, no unit. */
    boolean conflictFree(@Param("username") String username);

    String projectionVersion();

    void forgetProjectionVersion();

    void recordProjectionVersion(@Param("version") String version, @Param("rebuiltAt") Instant rebuiltAt);

    PauseRow openPause(@Param("clockId") String clockId);

    void insertPause(@Param("row") PauseRow row);

    void resume(
            @Param("id") long id,
            @Param("resumedAt") Instant resumedAt,
            @Param("resumedBy") String resumedBy,
            @Param("targetAfter") Instant targetAfter);
}
