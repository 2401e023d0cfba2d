package org.safeguard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sign-in page; Spring Security processes the form, and single sign-on when configured. Its
 * language switch applies to this session only: who is signing in is not known yet.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(ObjectProvider<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        // Outside the shell, the page is its own main landmark.
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(new LanguageSwitch(language -> {}), new H1(Texts.text("app.name")), login);
        singleSignOn.ifAvailable(sso -> {
            Anchor link = new Anchor(sso.signInPath(), Texts.text("login.single-sign-on"));
            // A full page load: the provider's sign-in is outside the Vaadin application.
            link.setRouterIgnore(true);
            link.addClassName("single-sign-on");
            add(link);
        });
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.text("login.title"));
        i18n.getForm().setUsername(Texts.text("login.username"));
        i18n.getForm().setPassword(Texts.text("login.password"));
        i18n.getForm().setSubmit(Texts.text("login.submit"));
        i18n.getErrorMessage().setTitle(Texts.text("login.error.title"));
        i18n.getErrorMessage().setMessage(Texts.text("login.error.message"));
        i18n.getErrorMessage().setUsername(Texts.text("login.error.username"));
        i18n.getErrorMessage().setPassword(Texts.text("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("login.title");
    }
}
