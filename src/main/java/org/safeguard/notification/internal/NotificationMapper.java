package org.safeguard.notification.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {

    boolean exists(
            @Param("clockId") String clockId,
            @Param("threshold") String threshold,
            @Param("recipient") String recipient);

    void insert(NotificationRow row);

    void setMail(@Param("id") long id, @Param("mailId") long mailId);

    List<NotificationRow> page(
            @Param("recipient") String recipient, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("recipient") String recipient);

    long countUnread(@Param("recipient") String recipient);

    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);

    boolean isOwn(@Param("id") long id, @Param("recipient") String recipient);
}
