package org.safeguard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A view that fails as it opens, so a browser test can see what users see then (tests only). */
@Route("test-only/failing-view")
@PermitAll
public class FailingView extends Div {

    static final String DETAIL = "internal detail that must not reach the user";

    public FailingView() {
        throw new IllegalStateException(DETAIL);
    }
}
