package org.safeguard.memberstate.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.memberstate.MemberStateReply;

/**
 * A digest of a reply as sent (its kind, date if given, officer, actions and remark), so the same
 * reply sent again is recognised, and an Idempotency-Key reused for another reply is refused.
 */
public final class ReplyFingerprint {

    public static String of(MemberStateReply reply) {
        String actions = reply.actions().stream()
                .map(action -> action.kind() + "@" + action.takenOn() + ":" + Objects.toString(action.detail(), ""))
                .collect(Collectors.joining(";"));
        String canonical = String.join(
                        "\u001f",
                        reply.kind().name(),
                        Objects.toString(reply.receivedAt(), ""),
                        Objects.toString(reply.investigationOfficerName(), ""),
                        Objects.toString(reply.investigationOfficerContact(), ""),
                        actions)
                // Only a remark adds to the digest: replies recorded before remarks existed keep theirs.
                + (reply.remark() == null ? "" : "\u001f" + reply.remark());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private ReplyFingerprint() {}
}
