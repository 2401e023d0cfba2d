package org.safeguard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No such route, or one the user may not open (Vaadin answers both alike, so a route's existence
 * says nothing). A record a view looks up and does not find lands on {@link MissingRecordView}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return explain(this);
    }

    static int explain(VerticalLayout view) {
        view.addClassName("not-found-view");
        view.add(
                new H2(view.getTranslation("notFound.title")),
                new Paragraph(view.getTranslation("notFound.message")),
                new Anchor("", view.getTranslation("error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
