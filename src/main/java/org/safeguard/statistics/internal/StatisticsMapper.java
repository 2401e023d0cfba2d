package org.safeguard.statistics.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Aggregates over the case, victim, investigation, accountability and engagement tables; reads only. */
@Mapper
public interface StatisticsMapper {

    /** Per Member State, the notifications whose note verbale was sent in [from, to), and what became of them. */
    List<ScorecardRow> scorecard(@Param("from") Instant from, @Param("to") Instant to);

    /** Per Member State, the median time from note verbale to first reply of the same notifications. */
    List<MedianRow> medianReplySeconds(@Param("from") Instant from, @Param("to") Instant to);

    /** Every subject group of the cases received in [from, to): the organisation's counting unit. */
    List<GroupRow> groups(@Param("from") Instant from, @Param("to") Instant to);

    /** The victims of the same cases, counted by age group and sex: no other victim column is read. */
    List<VictimCountRow> victims(@Param("from") Instant from, @Param("to") Instant to);

    /** The actions taken about the same subject groups: measures recorded and actions a Member State reported. */
    List<GroupActionRow> actions(@Param("from") Instant from, @Param("to") Instant to);
}
