package org.safeguard.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.casefile.CaseIntake;
import org.safeguard.casefile.Entities;
import org.safeguard.casefile.Entity;
import org.safeguard.casefile.RegisteredCase;
import org.safeguard.memberstate.MemberState;
import org.safeguard.memberstate.MemberStates;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** Where an intake officer registers an allegation for their own entity. */
@Route("cases/new")
@Menu(title = "nav.newAllegation", order = 2)
@RolesAllowed("INTAKE")
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final CaseIntake intake;
    private final List<Entity> allowedEntities;
    private final List<MemberState> memberStates;
    private final Clock clock;
    private final Div registered = new Div();
    private AllegationForm form;

    public IntakeView(
            CaseIntake intake,
            Entities entities,
            MemberStates memberStateTable,
            Accounts accounts,
            CurrentUser user,
            Clock clock) {
        this.intake = intake;
        this.memberStates = memberStateTable.all();
        this.clock = clock;
        String own = accounts.find(user.username()).map(Account::entity).orElse(null);
        allowedEntities = entities.all().stream()
                .filter(entity -> own == null || entity.code().equals(own))
                .toList();
        registered.addClassName("registered-case");
        Button submit = new Button(Texts.text("intake.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("register-allegation");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));
        form = newForm();
        add(new H2(Texts.text("intake.title")), registered, form, submit);
        setMaxWidth("72em");
    }

    private AllegationForm newForm() {
        return new AllegationForm(
                allowedEntities, memberStates, Texts.locale(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }

    private void submit() {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        // The service's reasons in English, as API clients get them: ViolationTexts turns each into
        // what the officer should do, in their language.
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            RegisteredCase created = intake.register(form.allegation(), null);
            showRegistered(created.reference());
            AllegationForm blank = newForm();
            replace(form, blank);
            form = blank;
        } catch (InvalidInputException e) {
            refused(e.violations());
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    private void showRegistered(String reference) {
        registered.removeAll();
        Span message = new Span(Texts.text("intake.registered", reference));
        message.addClassName("registered-reference");
        registered.add(message, new Anchor("cases/" + reference, Texts.text("intake.openCase")));
        Notification.show(Texts.text("intake.registered", reference), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refused(List<Violation> violations) {
        registered.removeAll();
        List<Violation> unplaced = form.showViolations(violations);
        String details = unplaced.stream().map(ViolationTexts::of).distinct().collect(Collectors.joining(" "));
        String text = Texts.text("intake.refused", violations.size()) + (details.isEmpty() ? "" : " " + details);
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("nav.newAllegation");
    }
}
