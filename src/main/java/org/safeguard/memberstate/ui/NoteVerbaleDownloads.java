package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.safeguard.base.i18n.Texts;
import org.safeguard.memberstate.NoteVerbale;
import org.safeguard.memberstate.NotesVerbales;

/**
 * The notes verbales sent on one engagement, each a link that downloads its PDF as sent. The PDF is
 * read through {@link NotesVerbales#pdf} when the link is followed, so the case scope applies then
 * (a focal point: their own nationals' cases only) and the read is audited like any other.
 */
class NoteVerbaleDownloads extends Span {

    NoteVerbaleDownloads(List<NoteVerbale> notes, NotesVerbales service) {
        addClassName("note-verbale-downloads");
        addClassName("portal-field");
        add(new Span(Texts.text("portal.notesVerbales") + ": "));
        for (int i = 0; i < notes.size(); i++) {
            if (i > 0) {
                add(new Span(" · "));
            }
            add(link(notes.get(i), service));
        }
    }

    private static Anchor link(NoteVerbale note, NotesVerbales service) {
        StreamResource pdf =
                new StreamResource(note.fileName(), () -> new ByteArrayInputStream(service.pdf(note.number())));
        pdf.setContentType("application/pdf");
        pdf.setCacheTime(0);
        Anchor link = new Anchor(pdf, Texts.text("portal.noteVerbaleLink", note.number(), Texts.of(note.kind())));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("data-number", note.number());
        link.addClassName("note-verbale-download");
        return link;
    }
}
