package org.safeguard.casefile.rest;

import java.net.URI;
import java.util.List;
import org.safeguard.casefile.CaseComment;
import org.safeguard.casefile.CaseComments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The comments on a case: newest first, and a new one by the caller. */
@RestController
@RequestMapping(path = "/api/cases/{reference}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseCommentController {

    private final CaseComments comments;

    CaseCommentController(CaseComments comments) {
        this.comments = comments;
    }

    @GetMapping
    List<CaseComment> list(@PathVariable String reference) {
        return comments.ofCase(reference);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseComment> add(@PathVariable String reference, @RequestBody NewComment comment) {
        CaseComment added = comments.add(reference, comment.text());
        return ResponseEntity.created(URI.create("/api/cases/" + reference + "/comments/" + added.id()))
                .body(added);
    }

    record NewComment(String text) {}
}
