package org.safeguard.memberstate.rest;

import org.safeguard.memberstate.NoteVerbaleTemplate;
import org.safeguard.memberstate.NoteVerbaleTemplates;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The note verbale template of a language ({@code en}, {@code fr}) for process owners and
 * administrators: read it, or replace it with {@code {"body": "<xhtml>"}}; a body that does not
 * render every step to PDF answers 400 and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/note-verbale-templates/{language}", produces = MediaType.APPLICATION_JSON_VALUE)
class NoteVerbaleTemplateController {

    private final NoteVerbaleTemplates templates;

    NoteVerbaleTemplateController(NoteVerbaleTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    NoteVerbaleTemplate get(@PathVariable String language) {
        return templates.get(language);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    NoteVerbaleTemplate replace(@PathVariable String language, @RequestBody TemplateBody body) {
        return templates.replace(language, body.body());
    }

    record TemplateBody(String body) {}
}
