package org.safeguard.memberstate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.memberstate.internal.NoteVerbaleContent;
import org.safeguard.memberstate.internal.NoteVerbaleMapper;
import org.safeguard.memberstate.internal.NoteVerbaleRenderer;
import org.safeguard.memberstate.internal.NoteVerbaleRenderer.TemplateException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The note verbale templates, one per language, which process owners (and administrators) read
 * and replace. A replacement is accepted only when it renders every step of every purpose to a
 * PDF that carries the note's number and the case reference.
 */
@Service
public class NoteVerbaleTemplates {

    /** The languages notes verbales are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    static final int MAX_LENGTH = 200_000;

    private final NoteVerbaleMapper mapper;
    private final NoteVerbaleRenderer renderer;
    private final CurrentUser user;
    private final Clock clock;
    private final AuditTrail audit;

    NoteVerbaleTemplates(
            NoteVerbaleMapper mapper, NoteVerbaleRenderer renderer, CurrentUser user, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.mapper = mapper;
        this.renderer = renderer;
        this.user = user;
        this.clock = clock;
    }

    /** The template in use for {@code language}; for process owners and administrators. */
    @Transactional(readOnly = true)
    public NoteVerbaleTemplate get(String language) {
        requireOwner();
        return current(language);
    }

    /** Stores {@code body} as the next version for {@code language}, once it renders. */
    @Transactional
    public NoteVerbaleTemplate replace(String language, String body) {
        requireOwner();
        current(language);
        validate(language, body);
        NoteVerbaleTemplate template = new NoteVerbaleTemplate(
                language, mapper.findLastTemplateVersion(language) + 1, body, user.username(), clock.instant());
        mapper.insertTemplate(template);
        audit.record(AuditEntry.of(
                AuditAction.NOTE_VERBALE_TEMPLATE_REPLACED, null, language, "version " + template.version()));
        return template;
    }

    /** The template in use, without the role check: for issuing notes. */
    @Transactional(readOnly = true)
    NoteVerbaleTemplate current(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new NotFoundException("Note verbale template " + language);
        }
        NoteVerbaleTemplate stored = mapper.findCurrentTemplate(language);
        return stored != null ? stored : shipped(language);
    }

    /** The default shipped with Safeguard, version 0. */
    NoteVerbaleTemplate shipped(String language) {
        return new NoteVerbaleTemplate(language, 0, shippedBody(language), "safeguard", null);
    }

    private void validate(String language, String body) {
        if (body == null || body.isBlank()) {
            throw invalid("is required");
        }
        if (body.length() > MAX_LENGTH) {
            throw invalid("is longer than " + MAX_LENGTH + " characters");
        }
        for (NoteVerbaleContent sample : NoteVerbaleContent.samples(language)) {
            try {
                String xhtml = renderer.fill(body, sample.values());
                if (!xhtml.contains(sample.number()) || !xhtml.contains(sample.caseReference())) {
                    throw invalid("must show the note's {{number}} and the {{caseReference}}");
                }
                renderer.print(xhtml);
            } catch (TemplateException e) {
                throw invalid(e.getMessage());
            }
        }
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(List.of(new Violation("body", reason)));
    }

    private void requireOwner() {
        if (!user.hasAnyRole(Role.OWNER, Role.ADMIN)) {
            throw new AccessDeniedException("Note verbale templates are for process owners");
        }
    }

    private static String shippedBody(String language) {
        try (InputStream in =
                NoteVerbaleTemplates.class.getResourceAsStream("/notes-verbales/note-verbale_" + language + ".xhtml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
