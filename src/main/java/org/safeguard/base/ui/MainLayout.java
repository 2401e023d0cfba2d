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

/**
 * The shell around every view. Navigation is built from the views' {@code @Menu} annotations,
 * filtered by the signed-in user's access, so the shell knows no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("Safeguard");
        title.addClassName("app-title");

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("signed-in-user");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, signOut);
        header.setWidthFull();
        header.expand(title);
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        addToNavbar(header);
        addToDrawer(navigation());
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }
}
