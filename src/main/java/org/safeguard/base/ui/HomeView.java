package org.safeguard.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/** Where every signed-in user lands, whatever their role; the menu shows what they may open. */
@Route("")
@PageTitle("Safeguard")
@Menu(title = "Home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(AuthenticationContext authentication) {
        String roles = authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", ""))
                .sorted()
                .collect(Collectors.joining(", "));
        add(new H2("Welcome, " + authentication.getPrincipalName().orElse("")),
                new Paragraph("Signed in with the role " + roles + "."));
    }
}
