package org.safeguard.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.safeguard.admin.ApiTokenRequest;
import org.safeguard.admin.ApiTokens;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.security.ApiScope;

/**
 * What an administrator fills in to issue an API token: what it is for, the account it acts as,
 * its scopes and the day it expires (at the start of that day, UTC). Knows no service: the view
 * sends {@link #request()} and shows the refusals with {@link #showViolations}.
 */
class IssueTokenForm extends FormLayout {

    static final int DEFAULT_DAYS = 90;

    private final TextField name = new TextField(Texts.text("tokens.name"));
    private final ComboBox<String> account = new ComboBox<>(Texts.text("tokens.account"));
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(Texts.text("tokens.scopes"));
    private final DatePicker expires = new DatePicker(Texts.text("tokens.expires"));

    /** @param today the administrator's today in UTC; the expiry may be from tomorrow to {@code lastDay} */
    IssueTokenForm(List<String> accounts, LocalDate today, LocalDate lastDay) {
        addClassName("issue-token-form");
        name.setMaxLength(ApiTokens.MAX_NAME);
        name.setRequired(true);
        name.setHelperText(Texts.text("tokens.nameHelp"));
        account.setItems(accounts);
        account.setRequired(true);
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> scope.code() + " — " + Texts.of(scope));
        scopes.setRequired(true);
        expires.setLocale(Texts.locale());
        expires.setMin(today.plusDays(1));
        expires.setMax(lastDay);
        expires.setValue(today.plusDays(DEFAULT_DAYS).isAfter(lastDay) ? lastDay : today.plusDays(DEFAULT_DAYS));
        expires.setRequired(true);
        add(name, account, scopes, expires);
        setColspan(scopes, 2);
    }

    ApiTokenRequest request() {
        LocalDate day = expires.getValue();
        Instant expiresAt = day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new ApiTokenRequest(
                name.getValue(),
                account.getValue(),
                scopes.getValue().stream().sorted().map(ApiScope::code).toList(),
                expiresAt);
    }

    /** Each refusal under its field, in the user's language; the values stay. */
    void showViolations(List<Violation> violations) {
        List.<HasValidation>of(name, account, scopes, expires).forEach(field -> field.setInvalid(false));
        for (Violation violation : violations) {
            switch (violation.field()) {
                case "name" -> invalid(name, Texts.text("tokens.invalid.name"));
                case "account" -> invalid(account, Texts.text("tokens.invalid.account"));
                case "scopes" -> invalid(scopes, Texts.text("tokens.invalid.scopes"));
                default -> invalid(expires, Texts.text("tokens.invalid.expiresAt"));
            }
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    TextField name() {
        return name;
    }

    ComboBox<String> account() {
        return account;
    }

    CheckboxGroup<ApiScope> scopes() {
        return scopes;
    }

    DatePicker expires() {
        return expires;
    }
}
