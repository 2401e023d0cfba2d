package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.security.SingleSignOn;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LoginViewTest {

    /** Held here: Vaadin keeps the current UI only weakly, and a collected one reads as none. */
    UI ui;

    /** The language switch reads the page's locale; an English page stands in for the browser's. */
    @BeforeEach
    void openPage() {
        ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
    }

    @AfterEach
    void closePage() {
        UI.setCurrent(null);
    }

    @Test
    void the_sign_in_page_offers_single_sign_on_when_it_is_configured() {
        LoginView view = new LoginView(
                new StaticListableBeanFactory(Map.of("sso", new SingleSignOn())).getBeanProvider(SingleSignOn.class));

        assertThat(view.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.getHref()).isEqualTo("oauth2/authorization/sso");
                    assertThat(link.getText()).isEqualTo("Sign in with single sign-on");
                    assertThat(link.isRouterIgnore()).isTrue();
                });
    }

    @Test
    void without_single_sign_on_the_form_is_the_only_way_in() {
        LoginView view = new LoginView(new StaticListableBeanFactory().getBeanProvider(SingleSignOn.class));

        assertThat(view.getChildren().filter(Anchor.class::isInstance)).isEmpty();
    }
}
