package org.safeguard.worklist.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SavedFilterMapper {

    void insert(SavedFilterRow row);

    /** Replaces the criteria and the shared flag of the owner's filter of that name; 0 when there is none. */
    int update(SavedFilterRow row);

    /** The owner's filters and those others shared, by name. */
    List<SavedFilterRow> availableTo(@Param("username") String username);

    int share(@Param("id") long id, @Param("owner") String owner, @Param("shared") boolean shared);
}
