package org.safeguard.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
 *
 * <p>The {@code @Uses} list names every Vaadin web component Safeguard creates anywhere: the production
 * bundle loads a component only with the routes that name it, and task forms and dialogs come from
 * providers at run time, so without this a form opened on {@code /tasks} rendered its text areas as
 * empty gaps. {@code ComponentsInEveryBundleTest} keeps the list complete.
 */
@Layout
@AnonymousAllowed
@Uses(AppLayout.class)
@Uses(DrawerToggle.class)
@Uses(Button.class)
@Uses(Checkbox.class)
@Uses(CheckboxGroup.class)
@Uses(ComboBox.class)
@Uses(ConfirmDialog.class)
@Uses(DatePicker.class)
@Uses(DateTimePicker.class)
@Uses(Details.class)
@Uses(Dialog.class)
@Uses(FormLayout.class)
@Uses(Grid.class)
@Uses(Grid.Column.class)
@Uses(LoginForm.class)
@Uses(Notification.class)
@Uses(HorizontalLayout.class)
@Uses(VerticalLayout.class)
@Uses(Popover.class)
@Uses(ProgressBar.class)
@Uses(RadioButtonGroup.class)
@Uses(Select.class)
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(SplitLayout.class)
@Uses(Tab.class)
@Uses(Tabs.class)
@Uses(TextArea.class)
@Uses(TextField.class)
public class MainLayout extends AppLayout {

    private final Main content = new Main();

    public MainLayout(
            AuthenticationContext authentication,
            CurrentUser user,
            AccountPreferences preferences,
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
            header.add(
                    new LanguageSwitch(language -> preferences.setPreferredLanguage(user.username(), language)),
                    signedInUser(user, preferences),
                    signOut(authentication));
        }
        content.setId("main-content");
        content.addClassName("main-content");
        // Focusable by the skip link only, not by tabbing.
        content.getElement().setAttribute("tabindex", "-1");
        setContent(content);
        Header banner = new Header(skipLink(), header);
        banner.addClassName("app-banner");
        addToNavbar(banner);
        addToDrawer(navigation());
    }

    /** Keyboard and screen-reader users pass the header and the navigation with one key. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skipToContent"));
        skip.addClassName("skip-link");
        // The router would take the fragment for a navigation: the link only moves the focus, in the browser.
        skip.getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault();"
                        + " document.getElementById('main-content').focus(); })");
        return skip;
    }

    /** Every view is shown inside the page's one {@code main} landmark. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
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
