package org.safeguard.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** Applies the Safeguard theme from {@code ui-theme/themes/safeguard}. */
@Theme("safeguard")
public class AppShell implements AppShellConfigurator {}
