package org.safeguard.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.admin.ApiToken;
import org.safeguard.admin.ApiTokenSettings;
import org.safeguard.admin.ApiTokenStatus;
import org.safeguard.admin.ApiTokens;
import org.safeguard.admin.IssuedApiToken;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;

/**
 * Administrators issue API tokens for systems and scripts (the secret shown once), see every token
 * with its use, and revoke one after confirming.
 */
@Route("admin/tokens")
@Menu(title = "nav.apiTokens", order = 9)
@RolesAllowed("ADMIN")
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final ApiTokenSettings settings;
    private final Clock clock;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);

    public ApiTokensView(ApiTokens tokens, Accounts accounts, ApiTokenSettings settings, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        addClassName("api-tokens-view");
        setSizeFull();
        Button issue = new Button(Texts.text("tokens.issue"), click -> openIssueDialog());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("issue-token");
        add(new H2(Texts.text("tokens.title")), new Paragraph(Texts.text("tokens.intro")), issue, grid());
        refresh();
    }

    /**
     * What tells tokens apart and whether they still work comes first; scopes and dates wrap in narrow
     * columns so that a laptop shows every column, and revoking stays at the right edge however far
     * the grid is scrolled.
     */
    private Grid<ApiToken> grid() {
        grid.setId("api-tokens");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiToken::name)
                .setHeader(Texts.text("tokens.name"))
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(ApiToken::account)
                .setHeader(Texts.text("tokens.account"))
                .setAutoWidth(true);
        grid.addColumn(token -> String.join(", ", token.scopes()))
                .setHeader(Texts.text("tokens.scopes"))
                .setWidth("8em");
        grid.addColumn(token -> Texts.dateTime(token.expiresAt()))
                .setHeader(Texts.text("tokens.expires"))
                .setWidth("8em");
        grid.addColumn(token -> Texts.of(token.status()))
                .setHeader(Texts.text("tokens.status"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null
                        ? Texts.text("tokens.neverUsed")
                        : Texts.text("tokens.uses", Texts.dateTime(token.lastUsedAt()), token.useCount()))
                .setHeader(Texts.text("tokens.lastUsed"))
                .setWidth("8em");
        grid.addColumn(token -> Texts.text("tokens.createdBy", Texts.dateTime(token.createdAt()), token.createdBy()))
                .setHeader(Texts.text("tokens.created"))
                .setWidth("8em");
        grid.addComponentColumn(this::revokeButton)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setSizeFull();
        return grid;
    }

    private Component revokeButton(ApiToken token) {
        if (token.status() != ApiTokenStatus.ACTIVE) {
            return new Span();
        }
        Button revoke = new Button(Texts.text("tokens.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke-token");
        // Every row has one: a screen reader names the token, not only the action.
        revoke.setAriaLabel(Texts.text("tokens.revokeNamed", token.name()));
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog(
                Texts.text("tokens.revokeTitle", token.name()),
                Texts.text("tokens.revokeText", token.account()),
                Texts.text("tokens.revoke"),
                yes -> {
                    tokens.revoke(token.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.text("tokens.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addClassName("revoke-confirmation");
        confirm.open();
    }

    private void openIssueDialog() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate lastDay = LocalDate.ofInstant(clock.instant().plus(settings.maxLifetime()), ZoneOffset.UTC);
        IssueTokenForm form = new IssueTokenForm(
                accounts.all().stream().map(Account::username).toList(), today, lastDay);
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(Texts.text("tokens.issueTitle"));
        dialog.addClassName("issue-token-dialog");
        dialog.setWidth("40em");
        Button issue = new Button(Texts.text("tokens.issue"), click -> {
            try {
                IssuedApiToken issued = tokens.issue(form.request());
                dialog.close();
                refresh();
                new IssuedTokenDialog(issued).open();
            } catch (InvalidInputException e) {
                form.showViolations(e.violations());
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("confirm-issue");
        dialog.getFooter().add(new Button(Texts.text("tokens.cancel"), click -> dialog.close()), issue);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.all());
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle("tokens.title");
    }
}
