package org.safeguard.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;

/** Where every signed-in user lands, whatever their role; the menu shows what they may open. */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser user, AccountPreferences preferences) {
        String roles = user.roles().stream().map(Texts::of).sorted().collect(Collectors.joining(", "));
        add(new H2(getTranslation("home.welcome", preferences.displayName(user.username()).orElse(user.username()))),
                new Paragraph(getTranslation("home.roles", roles)));
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.home");
    }
}
