package org.safeguard.sla;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A pause of a paused clock, a resumption of a running one, or a pause of an ended one. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ClockStateConflictException extends RuntimeException {

    public ClockStateConflictException(String message) {
        super(message);
    }
}
