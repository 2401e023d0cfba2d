package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProcessLabelsTest {

    @AfterEach
    void leavePage() {
        UI.setCurrent(null);
    }

    @Test
    void a_french_user_reads_the_processes_and_their_elements_in_french() {
        inLanguage(Locale.FRENCH);

        assertThat(ProcessLabels.process("sea-case", "SEA case")).isEqualTo("Dossier EAS");
        assertThat(ProcessLabels.element("investigation", "timer_first_warning", "50 % used"))
                .isEqualTo("50 % du délai écoulé");
    }

    @Test
    void an_element_the_table_does_not_know_keeps_the_models_name() {
        inLanguage(Locale.FRENCH);

        assertThat(ProcessLabels.element("sea-case", "user_added_in_version_9", "Call the victim"))
                .isEqualTo("Call the victim");
        assertThat(ProcessLabels.process("owners-new-process", null)).isEqualTo("owners-new-process");
    }

    @Test
    void the_diagram_of_a_shipped_model_carries_the_french_names_of_its_pool_tasks_events_and_flows()
            throws IOException {
        inLanguage(Locale.FRENCH);

        String xml = ProcessLabels.translate(Files.readString(Path.of("processes/investigation.bpmn")), Locale.FRENCH);

        assertThat(xml)
                .contains(
                        "name=\"Enquête\"",
                        "name=\"Planifier l’enquête\"",
                        "name=\"50 % du délai écoulé\"",
                        "name=\"À reprendre\"")
                .doesNotContain("name=\"Plan investigation\"", "name=\"Rework\"");
        assertThat(xml).contains("bpmnElement=\"user_plan_investigation\"");
    }

    @Test
    void every_named_element_of_the_shipped_models_is_in_the_table() throws Exception {
        inLanguage(Locale.FRENCH);
        for (String model : new String[] {
            "sea-case", "investigation", "member-state-engagement", "accountability", "victim-assistance"
        }) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder()
                    .parse(Path.of("processes/" + model + ".bpmn").toFile());
            Element process = (Element) document.getElementsByTagNameNS(ProcessLabels.BPMN, "process")
                    .item(0);
            assertThat(ProcessLabels.process(process.getAttribute("id"), "?"))
                    .as(model)
                    .isNotEqualTo("?");
            NodeList elements = process.getElementsByTagNameNS(ProcessLabels.BPMN, "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("name") && element.hasAttribute("id")) {
                    assertThat(ProcessLabels.element(model, element.getAttribute("id"), "?"))
                            .as(model + " " + element.getAttribute("id"))
                            .isNotEqualTo("?");
                }
            }
        }
    }

    private static void inLanguage(Locale language) {
        UI ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
    }
}
