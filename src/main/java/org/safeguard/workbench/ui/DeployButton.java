package org.safeguard.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import org.safeguard.base.i18n.Texts;

/**
 * The editor's "Deploy…", on only while the model differs from the deployed version and breaks
 * no rule known to be broken, with a tooltip saying why it is off. A disabled button takes no
 * pointer events, so the tooltip hangs on this holder around it.
 */
class DeployButton extends Span {

    private final Button button = new Button(Texts.text("models.deploy"));
    private final Tooltip tooltip = Tooltip.forComponent(this);

    DeployButton(Runnable onClick) {
        addClassName("deploy-holder");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("deploy-draft");
        button.addClickListener(click -> onClick.run());
        add(button);
    }

    void show(DeployReadiness readiness) {
        button.setEnabled(readiness.enabled());
        tooltip.setText(readiness.explanation());
        getElement().setAttribute("data-reason", readiness.explanation());
    }
}
