package org.safeguard.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseComment;
import org.safeguard.casefile.CaseComments;

/**
 * The comments on a case, newest first, and a text area to add one. A refused comment shows why
 * at the text area and keeps what was typed.
 */
class CommentsSection extends VerticalLayout {

    private final CaseComments comments;
    private final String reference;
    private final TextArea text = new TextArea();
    private final VerticalLayout list = new VerticalLayout();

    CommentsSection(CaseComments comments, String reference) {
        this.comments = comments;
        this.reference = reference;
        addClassName("comments");
        setPadding(false);
        list.setPadding(false);
        list.addClassName("comment-list");
        if (comments.mayWrite()) {
            add(form());
        }
        add(list);
        show(comments.ofCase(reference));
    }

    private VerticalLayout form() {
        text.setLabel(Texts.text("comments.new"));
        // No maxLength: a pasted text that is too long stays whole, and the message says why.
        text.setHelperText(Texts.text("comments.limit", CaseComments.MAX_LENGTH));
        text.setWidthFull();
        text.addClassName("comment-text");
        Button add = new Button(Texts.text("comments.add"), click -> add());
        add.addClassName("add-comment");
        VerticalLayout form = new VerticalLayout(text, add);
        form.setPadding(false);
        return form;
    }

    private void add() {
        try {
            comments.add(reference, text.getValue());
        } catch (InvalidInputException refused) {
            refused.violations().stream().findFirst().ifPresent(this::showAtField);
            return;
        }
        text.clear();
        text.setInvalid(false);
        show(comments.ofCase(reference));
    }

    /** Called with the service's violation, whose reasons are in English for API clients. */
    void showAtField(Violation violation) {
        text.setErrorMessage(
                CaseComments.TOO_LONG.equals(violation.reason())
                        ? Texts.text("comments.error.tooLong", CaseComments.MAX_LENGTH)
                        : Texts.text("comments.error.required"));
        text.setInvalid(true);
    }

    private void show(List<CaseComment> all) {
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Paragraph(Texts.text("comments.none")));
        }
        for (CaseComment comment : all) {
            Span meta = new Span(Texts.text("comments.by", comment.author(), Texts.dateTime(comment.writtenAt())));
            meta.addClassName("comment-meta");
            Paragraph body = new Paragraph(comment.text());
            body.getStyle().set("white-space", "pre-wrap");
            Div entry = new Div(meta, body);
            entry.addClassName("comment");
            list.add(entry);
        }
    }
}
