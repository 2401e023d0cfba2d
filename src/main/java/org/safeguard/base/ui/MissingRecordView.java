package org.safeguard.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safeguard.base.NotFoundException;

/**
 * A feature service's {@link NotFoundException} thrown while opening a view (an unknown case
 * reference, or one outside the user's scope): the same page as an unknown route.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class MissingRecordView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return NotFoundView.explain(this);
    }
}
