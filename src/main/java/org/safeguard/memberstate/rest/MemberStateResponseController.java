package org.safeguard.memberstate.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.EngagementAddress;
import org.safeguard.memberstate.EngagementClosedException;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.ReplyKey;
import org.safeguard.memberstate.ReplyKeyReusedException;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.memberstate.ReplyReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Member States' replies from systems that integrate, the same ones the focal-point portal records. */
@RestController
@RequestMapping(path = "/api/member-state-responses", produces = MediaType.APPLICATION_JSON_VALUE)
class MemberStateResponseController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final MemberStateResponses responses;

    MemberStateResponseController(MemberStateResponses responses) {
        this.responses = responses;
    }

    @Operation(summary = "Record a Member State's reply to an engagement", description = """
            Name the engagement by `engagementId`, or by `caseReference` + `subjectGroupId` (the engagement \
            open for that subject group; add `purpose` when several are open). `kind` is WILL_INVESTIGATE or \
            JOINT (both need `investigationOfficerName`), DECLINES, REQUESTS_INFORMATION, ACKNOWLEDGED, or \
            ACTIONS_REPORTED with at least one of `actions` ({kind: JUDICIAL|DISCIPLINARY|REPATRIATION, \
            takenOn: yyyy-mm-dd, detail}). `remark` (optional, at most 1000 characters) is what the Member State \
            adds in its own words; the case file shows it with the reply. `receivedAt` defaults to now. Focal points answer for their own \
            Member State only (another's engagement is 404); managers and administrators record a reply \
            received on paper on the Member State's behalf (audited as such). The same reply again, by its \
            Idempotency-Key or identical to the last one recorded, answers the first receipt with \
            Idempotent-Replayed: true and records nothing.""")
    @ApiResponse(responseCode = "201", description = "Recorded (or replayed); the engagement's process moves on")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[{field, reason}]")
    @ApiResponse(responseCode = "403", description = "The role may not record replies")
    @ApiResponse(responseCode = "404", description = "No such engagement for the caller's Member State")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The engagement is closed (outcome given), or open but waiting "
                            + "for no reply now (reason: NOTE_VERBALE_NOT_SENT, INFORMATION_BEING_PROVIDED); nothing was recorded")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different reply")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> receive(
            @RequestBody ReplyRequest request,
            @Parameter(description = "1 to 100 visible ASCII characters")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    String key,
            Principal principal) {
        ReplyReceipt receipt = responses.receive(request.address(), request.reply(), replyKey(principal, key));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(REPLAYED, Boolean.toString(receipt.replayed()))
                .body(Receipt.of(receipt));
    }

    @ExceptionHandler(EngagementClosedException.class)
    ResponseEntity<ProblemDetail> closed(EngagementClosedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, e.getMessage() + ": it has its outcome and takes no more replies.");
        problem.setProperty("reason", "ENGAGEMENT_CLOSED");
        if (e.outcome() != null) {
            problem.setProperty("outcome", e.outcome().name());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(EngagementNotAwaitingReplyException.class)
    ResponseEntity<ProblemDetail> notAwaited(EngagementNotAwaitingReplyException e) {
        String detail = switch (e.reason()) {
            case NOTE_VERBALE_NOT_SENT -> "its note verbale has not been sent yet, so there is nothing to answer.";
            case INFORMATION_BEING_PROVIDED ->
                "the organisation is preparing the information the Member State asked for; reply once it is sent.";
            case NOT_WAITING -> "its process waits for no reply at this moment; try again later.";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Engagement " + e.engagementId() + " awaits no reply now: " + detail + " Nothing was recorded.");
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ReplyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(ReplyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("errors", List.of(new Violation(IDEMPOTENCY_KEY, "was used for a different reply")));
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private static ReplyKey replyKey(Principal principal, String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > ReplyKey.MAX_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(List.of(new Violation(
                    IDEMPOTENCY_KEY, "must be 1 to " + ReplyKey.MAX_LENGTH + " visible ASCII characters")));
        }
        return new ReplyKey(principal.getName(), key);
    }

    /** The request body: which engagement, then the reply. */
    record ReplyRequest(
            Long engagementId,
            String caseReference,
            Long subjectGroupId,
            EngagementPurpose purpose,
            ReplyKind kind,
            Instant receivedAt,
            String investigationOfficerName,
            String investigationOfficerContact,
            List<ActionTaken> actions,
            String remark) {

        EngagementAddress address() {
            return new EngagementAddress(engagementId, caseReference, subjectGroupId, purpose);
        }

        MemberStateReply reply() {
            return new MemberStateReply(
                    kind, receivedAt, investigationOfficerName, investigationOfficerContact, actions, remark);
        }
    }

    /** The recorded reply: the same body for a retry as for the first request. */
    record Receipt(long engagementId, long replyId, String caseReference, ReplyKind kind, Instant receivedAt) {

        static Receipt of(ReplyReceipt receipt) {
            return new Receipt(
                    receipt.engagementId(),
                    receipt.replyId(),
                    receipt.caseReference(),
                    receipt.kind(),
                    receipt.receivedAt());
        }
    }
}
