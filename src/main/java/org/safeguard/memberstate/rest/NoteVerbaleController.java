package org.safeguard.memberstate.rest;

import org.safeguard.base.NotFoundException;
import org.safeguard.memberstate.NoteVerbale;
import org.safeguard.memberstate.NotesVerbales;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A note verbale's PDF as sent, by its number: {@code GET /api/notes-verbales/SG/NV/2026/000123.pdf}
 * (the number's slashes are part of the path). For those who see the case; others get 404.
 */
@RestController
class NoteVerbaleController {

    private static final String SUFFIX = ".pdf";

    private final NotesVerbales notes;

    NoteVerbaleController(NotesVerbales notes) {
        this.notes = notes;
    }

    // No "produces": a client that asks for JSON (or anything) still gets the PDF it named.
    @GetMapping("/api/notes-verbales/{*file}")
    ResponseEntity<byte[]> pdf(@PathVariable String file) {
        String path = file.startsWith("/") ? file.substring(1) : file;
        if (!path.endsWith(SUFFIX)) {
            throw new NotFoundException("Note verbale " + path);
        }
        String number = path.substring(0, path.length() - SUFFIX.length());
        NoteVerbale note = notes.find(number);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(note.fileName())
                                .build()
                                .toString())
                .body(notes.pdf(number));
    }
}
