package org.safeguard.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;

/**
 * Where every signed-in user lands. Those whose day is a list of tasks (intake officers,
 * investigators, advocates) go straight on to it; the others are welcomed and use the menu.
 */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The task list's route; named, not imported, since the shell knows no feature. */
    static final String TASK_LIST = "tasks";

    private final CurrentUser user;

    public HomeView(CurrentUser user, AccountPreferences preferences) {
        this.user = user;
        String roles = user.roles().stream().map(Texts::of).sorted().collect(Collectors.joining(", "));
        add(
                new H2(getTranslation(
                        "home.welcome", preferences.displayName(user.username()).orElse(user.username()))),
                new Paragraph(getTranslation("home.roles", roles)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (startsOnTheTaskList(user)) {
            event.forwardTo(TASK_LIST);
        }
    }

    static boolean startsOnTheTaskList(CurrentUser user) {
        return user.hasAnyRole(Role.INTAKE, Role.INVESTIGATOR, Role.VRA);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.home");
    }
}
