package org.safeguard.memberstate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.internal.NoteVerbaleRenderer.TemplateException;

/**
 * The shipped templates print a formal note verbale in each language: its number, the Member
 * State, the case reference, the dates and the request, read back from the PDF's text. The
 * samples land in {@code target/notes-verbales/} (copied to {@code docs/notes-verbales/}).
 */
class NoteVerbalePdfTest {

    static final Instant SENT = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-12-14T09:00:00Z");

    final NoteVerbaleRenderer renderer = new NoteVerbaleRenderer();

    @Test
    void the_english_notification_reads_as_a_note_verbale_to_the_permanent_mission() throws IOException {
        String text = textOf(render("en", "Uruguay", EngagementStepKind.NOTE_VERBALE_SENT, DEADLINE, null));

        assertThat(text)
                .contains(
                        "NOTE VERBALE",
                        "Reference: SG/NV/2026/000123",
                        "SEA-2026-000042",
                        "MINUSCA",
                        "Military contingent",
                        "presents its compliments to the Permanent Mission of Uruguay to the United Nations",
                        "has the honour to inform",
                        "14 December 2026",
                        "New York, 30 November 2026",
                        "avails itself of this opportunity to renew",
                        "the assurances of its highest consideration");
        assertThat(text).doesNotContain("{{", "présente ses compliments");
    }

    @Test
    void the_french_notification_is_written_in_french_with_french_dates() throws IOException {
        String text = textOf(render("fr", "Canada", EngagementStepKind.NOTE_VERBALE_SENT, DEADLINE, null));

        assertThat(text)
                .contains(
                        "Référence : SG/NV/2026/000123",
                        "SEA-2026-000042",
                        "Contingent militaire",
                        "présente ses compliments à la Mission permanente du Canada",
                        "auprès de l’Organisation des Nations Unies",
                        "14 décembre 2026",
                        "New York, le 30 novembre 2026",
                        "saisit cette occasion pour renouveler",
                        "les assurances de sa très haute considération");
        assertThat(text).doesNotContain("{{", "presents its compliments");
    }

    @Test
    void a_reminder_refers_to_the_first_note_and_asks_by_the_next_rung() throws IOException {
        String text = textOf(render("en", "Netherlands", EngagementStepKind.REMINDER, DEADLINE, "SG/NV/2026/000100"));

        assertThat(text)
                .contains(
                        "Permanent Mission of the Netherlands",
                        "refer to its note verbale SG/NV/2026/000100 of 2 November 2026",
                        "no reply has yet been received",
                        "14 December 2026");
    }

    @Test
    void the_last_escalation_asks_for_nothing_by_a_date_and_announces_own_fact_finding() throws IOException {
        String text = textOf(
                render("fr", "France", EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP, null, "SG/NV/2026/000100"));

        assertThat(text)
                .contains(
                        "Mission permanente de la France",
                        "procédera à sa propre enquête",
                        "note verbale SG/NV/2026/000100 du 2 novembre 2026");
        assertThat(text).doesNotContain("Réponse souhaitée");
    }

    @Test
    void every_step_and_purpose_renders_in_both_languages() {
        for (String language : new String[] {"en", "fr"}) {
            for (NoteVerbaleContent sample : NoteVerbaleContent.samples(language)) {
                assertThat(renderer.render(shipped(language), sample.values())).startsWith("%PDF".getBytes());
            }
        }
    }

    @Test
    void malformed_xhtml_and_broken_sections_are_refused() {
        var values = NoteVerbaleContent.samples("en").get(0).values();
        assertThatThrownBy(() -> renderer.render("<html><body><p>{{number}}</body></html>", values))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("well-formed");
        assertThatThrownBy(() -> renderer.render("<html><body>{{#reminder}}{{number}}</body></html>", values))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("compile");
    }

    @Test
    void values_are_escaped_so_a_name_cannot_inject_markup() throws IOException {
        NoteVerbaleContent content =
                content("en", "Trinidad & <Tobago>", EngagementStepKind.NOTE_VERBALE_SENT, DEADLINE, null);
        assertThat(textOf(renderer.render(shipped("en"), content.values()))).contains("Trinidad & <Tobago>");
    }

    private byte[] render(
            String language, String memberState, EngagementStepKind kind, Instant deadline, String firstNumber)
            throws IOException {
        byte[] pdf = renderer.render(
                shipped(language),
                content(language, memberState, kind, deadline, firstNumber).values());
        Path samples = Path.of("target", "notes-verbales");
        Files.createDirectories(samples);
        Files.write(samples.resolve("sample-" + kind.name().toLowerCase(Locale.ROOT) + "_" + language + ".pdf"), pdf);
        return pdf;
    }

    private static NoteVerbaleContent content(
            String language, String memberState, EngagementStepKind kind, Instant deadline, String firstNumber) {
        return new NoteVerbaleContent(
                "SG/NV/2026/000123",
                Locale.forLanguageTag(language),
                SENT,
                memberState,
                "SEA-2026-000042",
                "MILITARY_CONTINGENT",
                "MINUSCA",
                EngagementPurpose.NOTIFICATION,
                kind,
                deadline,
                firstNumber,
                firstNumber == null ? null : Instant.parse("2026-11-02T09:00:00Z"));
    }

    static String shipped(String language) {
        try (InputStream in =
                NoteVerbalePdfTest.class.getResourceAsStream("/notes-verbales/note-verbale_" + language + ".xhtml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text with line breaks as spaces, so phrases wrapped across lines still match. */
    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
