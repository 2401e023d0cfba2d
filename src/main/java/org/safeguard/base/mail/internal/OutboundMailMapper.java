package org.safeguard.base.mail.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.mail.MailAttachment;
import org.safeguard.base.mail.MailStatus;

@Mapper
public interface OutboundMailMapper {

    void insert(OutboundMailRow row);

    void insertAttachment(@Param("mailId") long mailId, @Param("attachment") MailAttachment attachment);

    /** Pending mail that is due, and mail whose sender's lease ran out (it stopped mid-send). */
    List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Takes a due mail for this sender and counts the attempt; answers 0 when another sender has it. */
    int claim(
            @Param("id") long id,
            @Param("sender") String sender,
            @Param("now") Instant now,
            @Param("until") Instant until);

    ClaimedMail findClaimed(@Param("id") long id, @Param("sender") String sender);

    List<MailAttachment> findAttachments(long mailId);

    int markSent(@Param("id") long id, @Param("sender") String sender, @Param("sentAt") Instant sentAt);

    int markFailed(
            @Param("id") long id,
            @Param("sender") String sender,
            @Param("state") String state,
            @Param("nextAttemptAt") Instant nextAttemptAt,
            @Param("error") String error);

    MailStatus findStatus(long id);
}
