package org.safeguard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any unexpected failure while opening a view: a plain apology and an incident reference, the
 * trace only in the log. Outside the main layout, since the layout itself may be what failed.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Incidents.record(parameter.getCaughtException());
        addClassName("error-view");
        add(
                new H2(getTranslation("error.title")),
                new Paragraph(getTranslation("error.message", reference)),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
