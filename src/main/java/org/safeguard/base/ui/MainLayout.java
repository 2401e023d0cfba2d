package org.safeguard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;

/**
 * The shell around every view: navigation, the signed-in user with their roles, the language
 * switch and sign-out. Navigation lists the views' {@code @Menu} entries that the user's roles may
 * open (Vaadin filters them by each view's {@code @RolesAllowed}/{@code @PermitAll}), so the shell
 * knows no feature. A view joins the menu with a {@code @Menu} whose title is a translation key
 * such as {@code nav.cases}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, CurrentUser user, AccountPreferences preferences,
                      NotificationInbox notifications) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.addClassName("app-header");
        header.setWidthFull();
        header.expand(title);
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        if (user.signedIn()) {
            header.add(new NotificationBell(notifications));
            header.add(new LanguageSwitch(language -> preferences.setPreferredLanguage(user.username(), language)),
                    signedInUser(user, preferences), signOut(authentication));
        }
        addToNavbar(header);
        addToDrawer(navigation());
    }

    private Span signedInUser(CurrentUser user, AccountPreferences preferences) {
        String name = preferences.displayName(user.username()).orElse(user.username());
        String roles = user.roles().stream().map(Texts::of).sorted().collect(Collectors.joining(", "));
        Span signedIn = new Span(getTranslation("shell.signedInAs", name, roles));
        signedIn.addClassName("signed-in-user");
        return signedIn;
    }

    private Button signOut(AuthenticationContext authentication) {
        Button signOut = new Button(getTranslation("shell.signOut"), click -> authentication.logout());
        signOut.addClassName("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }
}
