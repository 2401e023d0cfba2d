package org.safeguard.victim.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.safeguard.base.i18n.Texts;
import org.safeguard.victim.VictimSummary;

/** Who a task is about: the victim's pseudonym, age group and sex; never a name or contact. */
class VictimLine extends Paragraph {

    VictimLine(VictimSummary victim) {
        super(Texts.text("assistance.victim", victim.pseudonym(), Texts.of(victim.ageGroup()), Texts.of(victim.sex())));
        addClassName("victim-pseudonym");
    }
}
