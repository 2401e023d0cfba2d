package org.safeguard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safeguard.base.security.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;

/** The sign-in page; Spring Security processes the form, and single sign-on when configured. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Safeguard")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(ObjectProvider<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Safeguard"), login);
        singleSignOn.ifAvailable(sso -> {
            Anchor link = new Anchor(sso.signInPath(), "Sign in with single sign-on");
            // A full page load: the provider's sign-in is outside the Vaadin application.
            link.setRouterIgnore(true);
            link.addClassName("single-sign-on");
            add(link);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
