package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.BrowserSession.checkbox;
import static org.safeguard.testsupport.BrowserSession.radio;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.Consent;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.Need;
import org.safeguard.victim.VictimConsents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The advocate's first assistance tasks in a real browser: consent, then needs, the victim shown by pseudonym only. */
@SafeguardIntegrationTest
// The development tools' overlay can cover the form mid-test; the advocate's page is what is tested.
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class AssistanceBrowserIT extends BrowserTestBase {

    static final String VICTIM_NAME = "Amina Testvictim";

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    VictimConsents consents;

    @Autowired
    Assistance assistance;

    @Test
    void an_advocate_records_a_childs_consent_then_two_needs_without_ever_seeing_the_victims_name() {
        String reference = registerLongAgo();
        long victimId = victimOf(reference);
        session.signIn("vra");
        session.open("/tasks");
        session.click(By.xpath("//vaadin-tab[normalize-space()=\"My groups' tasks\"]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field.task-search input")))
                .sendKeys(reference);

        session.clickGridCell(reference);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Record consent to assistance · " + reference));
        session.click(By.cssSelector("vaadin-button.claim"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".victim-pseudonym")));
        assertNameNotShown();

        session.click(radio("Consent given"));
        session.click(radio("The victim"));
        session.click(By.cssSelector("vaadin-button.complete-task"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-radio-group.consent-given-by[invalid]")));
        assertThat(browser.findElement(By.cssSelector("vaadin-radio-group.consent-given-by"))
                        .getText())
                .as("the service's rule for a child, at the field, in English")
                .contains("A child’s consent is given through a parent or guardian.");
        assertThat(browser.findElement(radio("Consent given")).getAttribute("checked"))
                .as("the answer is kept")
                .isNotNull();
        session.click(radio("A parent or guardian"));
        session.click(By.cssSelector("vaadin-button.complete-task"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Assess needs · " + reference));
        session.click(By.cssSelector("vaadin-button.claim"));
        session.click(checkbox("Medical care"));
        session.click(checkbox("Psychosocial support"));
        assertNameNotShown();
        session.screenshot("assistance-task");
        session.click(By.cssSelector("vaadin-button.complete-task"));

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Assess needs · " + reference)));
        assertNameNotShown();
        Consent consent = consents.current(victimId, ConsentScope.ASSISTANCE).orElseThrow();
        assertThat(consent.given()).isTrue();
        assertThat(consent.givenBy()).isEqualTo(ConsentGiver.PARENT_OR_GUARDIAN);
        assertThat(assistance.needs(victimId)).containsExactlyInAnyOrder(Need.MEDICAL, Need.PSYCHOSOCIAL);
    }

    private void assertNameNotShown() {
        assertThat(browser.getPageSource()).doesNotContain(VICTIM_NAME).doesNotContain("Testvictim");
    }

    private String registerLongAgo() {
        // Received long ago, so its tasks are among the soonest due; the search keeps the list to this case.
        return new Intake(api)
                .register(AllegationJson.anAllegation()
                        .receivedAt("2020-01-05T09:00:00Z")
                        .incidentOn("2019-12-20")
                        .victimName(VICTIM_NAME));
    }

    /**
     * Starts the case's assistance track (an asynchronous call; the tests run without the job
     * executor) and answers the victim's id as the engine holds it (never the name).
     */
    private long victimOf(String reference) {
        String caseInstance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("sea-case")
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
        // The body of the multi-instance call first, then each victim's call.
        for (int step = 0; step < 2; step++) {
            management
                    .createJobDefinitionQuery()
                    .activityIdIn("call_victim_assistance", "call_victim_assistance#multiInstanceBody")
                    .list()
                    .forEach(definition -> management
                            .createJobQuery()
                            .processInstanceId(caseInstance)
                            .jobDefinitionId(definition.getId())
                            .list()
                            .forEach(job -> management.executeJob(job.getId())));
        }
        ProcessInstance track = runtime.createProcessInstanceQuery()
                .processDefinitionKey("victim-assistance")
                .processInstanceBusinessKey(reference)
                .singleResult();
        return (Long) runtime.getVariable(track.getId(), "victimId");
    }
}
