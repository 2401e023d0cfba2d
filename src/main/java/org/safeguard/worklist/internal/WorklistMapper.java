package org.safeguard.worklist.internal;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.CaseScope;
import org.safeguard.worklist.Colleague;

@Mapper
public interface WorklistMapper {

    /** @param after where the page starts, exclusive (offset then counts from there); null: the top of the list */
    List<TaskRow> page(
            @Param("scope") CaseScope scope,
            @Param("q") WorklistQuery query,
            @Param("offset") int offset,
            @Param("limit") int limit,
            @Param("after") TaskPosition after);

    /** The matching tasks, counted up to {@code upTo} at most. */
    long count(@Param("scope") CaseScope scope, @Param("q") WorklistQuery query, @Param("upTo") long upTo);

    /** Where an open task stands in the list's order; null when it is no longer open. */
    TaskPosition position(@Param("taskId") String taskId);

    /** An open task in a case the user may see, or null. */
    TaskRow visibleTask(@Param("scope") CaseScope scope, @Param("taskId") String taskId);

    /** {@link #visibleTask}'s task as a claim checks it, or null. */
    ClaimRow claimableTask(
            @Param("scope") CaseScope scope, @Param("taskId") String taskId, @Param("groups") List<String> groups);

    List<String> candidateGroups(@Param("taskId") String taskId);

    boolean jobDueInCase(@Param("reference") String reference, @Param("now") Date now);

    /** The user's task of the case, or else one their groups may claim, soonest due; null when none. */
    TaskRow nextInCase(
            @Param("scope") CaseScope scope, @Param("q") WorklistQuery query, @Param("reference") String reference);

    /** The codes of the entities whose cases the scope reaches. */
    List<String> entitiesInScope(@Param("scope") CaseScope scope);

    /** The accounts of these users, with their names; {@code usernames} must not be empty. */
    List<Colleague> colleagues(@Param("usernames") Collection<String> usernames);
}
