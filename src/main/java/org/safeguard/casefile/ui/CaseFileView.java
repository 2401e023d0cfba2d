package org.safeguard.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.accountability.RecordedMeasure;
import org.safeguard.accountability.RecordedMeasures;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.CaseHistory;
import org.safeguard.base.process.CaseProcess;
import org.safeguard.base.process.ProcessDiagrams;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseComments;
import org.safeguard.casefile.CaseDetails;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.InterimMeasure;
import org.safeguard.casefile.InterimMeasures;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.InvestigationSummary;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.NoteVerbale;
import org.safeguard.memberstate.NotesVerbales;
import org.safeguard.victim.VictimIdentity;
import org.safeguard.victim.VictimRecords;
import org.safeguard.victim.VictimSummary;
import org.safeguard.victim.Victims;

/**
 * One case as the signed-in user may see it: summary, subject groups with their outcome, the
 * accountability measures recorded and their Member State engagements, investigations, interim
 * measures, where its processes stand, its timeline and the comments on it. Victims, with the
 * history of their consent and needs, appear for advocates only; comments for the roles that may
 * read them. A case outside the user's scope is
 * not found.
 */
@Route("cases/:reference")
@RolesAllowed({"INTAKE", "INVESTIGATOR", "VRA", "MANAGER", "AUDITOR", "ADMIN", "FOCAL_POINT"})
public class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFiles cases;
    private final InterimMeasures interimMeasures;
    private final InvestigationFiles investigations;
    private final ProcessDiagrams diagrams;
    private final CaseHistory history;
    private final AuditTrail audit;
    private final Victims victims;
    private final RecordedMeasures accountability;
    private final CaseComments comments;
    private final CurrentUser user;
    private final NotesVerbales notesVerbales;
    private final VictimRecords victimRecords;
    private List<NoteVerbale> notes = List.of();
    private String reference = "";

    public CaseFileView(
            CaseFiles cases,
            InterimMeasures interimMeasures,
            InvestigationFiles investigations,
            ProcessDiagrams diagrams,
            CaseHistory history,
            AuditTrail audit,
            Victims victims,
            RecordedMeasures accountability,
            CaseComments comments,
            CurrentUser user,
            NotesVerbales notesVerbales,
            VictimRecords victimRecords) {
        this.cases = cases;
        this.interimMeasures = interimMeasures;
        this.investigations = investigations;
        this.diagrams = diagrams;
        this.history = history;
        this.audit = audit;
        this.victims = victims;
        this.accountability = accountability;
        this.comments = comments;
        this.user = user;
        this.notesVerbales = notesVerbales;
        this.victimRecords = victimRecords;
        addClassName("case-file-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        CaseDetails details = cases.find(reference).orElseThrow(() -> new NotFoundException("Case " + reference));
        notes = notesVerbales.ofEngagements(details.engagements().stream()
                .map(ladder -> ladder.engagement().id())
                .toList());
        removeAll();
        add(new H2(Texts.text("caseFile.title", details.reference())), summary(details));
        add(section("caseFile.subjectGroups"));
        Map<Long, List<RecordedMeasure>> measuresByGroup = accountability.ofCase(reference).stream()
                .collect(Collectors.groupingBy(RecordedMeasure::subjectGroupId));
        details.subjectGroups()
                .forEach(group -> add(subjectGroup(
                        group, details.engagements(), measuresByGroup.getOrDefault(group.id(), List.of()))));
        details.engagements().stream()
                .filter(ladder -> ladder.engagement().subjectGroupId() == null)
                .forEach(ladder -> add(engagement(ladder)));
        add(CaseTeamSection.of(reference));
        List<InvestigationSummary> investigationList = investigations.ofCase(reference);
        if (!investigationList.isEmpty()) {
            add(section("caseFile.investigations"), investigations(investigationList, details.subjectGroups()));
        }
        List<InterimMeasure> measures = interimMeasures.ofCase(reference);
        if (!measures.isEmpty()) {
            add(section("caseFile.interimMeasures"), interimMeasures(measures));
        }
        if (user.hasAnyRole(Role.VRA)) {
            add(section("caseFile.victims"), victims(details.victims()));
        }
        List<CaseProcess> running = diagrams.running(reference);
        if (!running.isEmpty()) {
            add(section("caseFile.processes"), new ProcessDiagramPanel(diagrams, running));
        }
        List<TimelineEntry> timeline = CaseTimeline.of(
                history.ofCase(reference), audit.ofCase(reference), details.engagements(), details.subjectGroups());
        if (!timeline.isEmpty()) {
            add(section("caseFile.timeline"), timeline(timeline));
        }
        if (comments.mayRead()) {
            add(section("caseFile.comments"), new CommentsSection(comments, reference));
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.text("page.title", Texts.text("caseFile.title", reference));
    }

    private static Component summary(CaseDetails details) {
        Div summary = new Div(
                field("cases.reference", details.reference()),
                field("cases.received", Texts.dateTime(details.receivedAt())),
                field("cases.entity", details.entity()),
                field("caseFile.dutyStation", details.dutyStation()),
                field("cases.allegationType", Texts.of(details.allegationType())),
                field("cases.status", Texts.of(details.status())));
        summary.addClassName("case-summary");
        return summary;
    }

    private Component subjectGroup(
            SubjectGroup group, List<EngagementLadder> engagements, List<RecordedMeasure> measures) {
        VerticalLayout box = box("subject-group");
        box.add(new H4(SubjectGroupNames.of(group)));
        box.add(new Div(
                field(
                        "caseFile.breachesStandards",
                        group.breachesStandards() == null
                                ? "—"
                                : Texts.text(group.breachesStandards() ? "caseFile.yes" : "caseFile.no")),
                field("caseFile.outcome", group.outcome() == null ? "—" : Texts.of(group.outcome()))));
        if (!measures.isEmpty()) {
            box.add(new H5(Texts.text("caseFile.accountabilityMeasures")), new MeasuresGrid(measures));
        }
        engagements.stream()
                .filter(ladder -> Objects.equals(ladder.engagement().subjectGroupId(), group.id()))
                .forEach(ladder -> box.add(engagement(ladder)));
        return box;
    }

    private Component engagement(EngagementLadder ladder) {
        VerticalLayout box = box("engagement");
        var engagement = ladder.engagement();
        box.add(new Span(Texts.text(
                "caseFile.engagement",
                SubjectGroupNames.country(engagement.nationality()),
                Texts.of(engagement.purpose()),
                Texts.of(engagement.status()))));
        if (engagement.outcome() != null) {
            box.add(field("caseFile.outcome", Texts.of(engagement.outcome())));
        }
        Grid<EngagementStep> steps = new Grid<>(EngagementStep.class, false);
        steps.addColumn(step -> Texts.dateTime(step.occurredAt()))
                .setHeader(Texts.text("caseFile.date"))
                .setAutoWidth(true);
        steps.addColumn(step -> Texts.of(step.kind()))
                .setHeader(Texts.text("caseFile.step"))
                .setAutoWidth(true);
        steps.addColumn(EngagementStepDetails::of).setHeader(Texts.text("caseFile.detail"));
        steps.addColumn(step -> Objects.toString(step.remark(), ""))
                .setHeader(Texts.text("caseFile.replyRemark"))
                .setTooltipGenerator(EngagementStep::remark);
        steps.addComponentColumn(this::noteVerbaleLink)
                .setHeader(Texts.text("caseFile.noteVerbale"))
                .setAutoWidth(true);
        steps.setItems(ladder.steps());
        steps.setAllRowsVisible(true);
        box.add(steps);
        return box;
    }

    /** The PDF of the note verbale sent at this step, read through the service's case scope. */
    private Component noteVerbaleLink(EngagementStep step) {
        return notes.stream()
                .filter(note -> note.isFor(step))
                .findFirst()
                .<Component>map(note -> {
                    StreamResource pdf = new StreamResource(
                            note.fileName(), () -> new ByteArrayInputStream(notesVerbales.pdf(note.number())));
                    pdf.setContentType("application/pdf");
                    pdf.setCacheTime(0);
                    Anchor link = new Anchor(pdf, note.number());
                    link.getElement().setAttribute("download", true);
                    link.addClassName("note-verbale-link");
                    return link;
                })
                .orElseGet(Span::new);
    }

    private static Component investigations(List<InvestigationSummary> investigations, List<SubjectGroup> groups) {
        Map<Long, String> groupNames =
                groups.stream().collect(Collectors.toMap(SubjectGroup::id, SubjectGroupNames::of));
        Grid<InvestigationSummary> grid = new Grid<>(InvestigationSummary.class, false);
        grid.addColumn(i -> groupNames.getOrDefault(i.subjectGroupId(), ""))
                .setHeader(Texts.text("caseFile.subjectGroupId"))
                .setAutoWidth(true);
        grid.addColumn(i -> Texts.of(i.investigatingBody()))
                .setHeader(Texts.text("caseFile.investigatingBody"))
                .setAutoWidth(true);
        grid.addColumn(i -> Texts.dateTime(i.startedAt()))
                .setHeader(Texts.text("caseFile.started"))
                .setAutoWidth(true);
        grid.addColumn(i -> Texts.dateTime(i.currentDueAt()))
                .setHeader(Texts.text("caseFile.due"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.extendedDueAt() == null ? "" : Texts.text("caseFile.extended"))
                .setHeader(Texts.text("caseFile.extension"))
                .setAutoWidth(true);
        grid.addColumn(i -> Texts.dateTime(i.closedAt()))
                .setHeader(Texts.text("caseFile.closed"))
                .setAutoWidth(true);
        grid.addColumn(i -> Texts.of(i.finding()))
                .setHeader(Texts.text("caseFile.finding"))
                .setAutoWidth(true);
        grid.setItems(investigations);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component interimMeasures(List<InterimMeasure> measures) {
        Grid<InterimMeasure> grid = new Grid<>(InterimMeasure.class, false);
        grid.addColumn(m -> Texts.of(m.measure()))
                .setHeader(Texts.text("caseFile.measure"))
                .setAutoWidth(true);
        grid.addColumn(m -> Texts.of(m.status()))
                .setHeader(Texts.text("cases.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> Texts.dateTime(m.proposedAt()) + " · " + m.proposedBy())
                .setHeader(Texts.text("caseFile.proposed"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.decidedAt() == null ? "" : Texts.dateTime(m.decidedAt()) + " · " + m.decidedBy())
                .setHeader(Texts.text("caseFile.decided"))
                .setAutoWidth(true);
        grid.setItems(measures);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component victims(List<VictimSummary> list) {
        VerticalLayout section = box("victims");
        if (list.isEmpty()) {
            section.add(new Paragraph(Texts.text("caseFile.noVictims")));
        }
        for (VictimSummary victim : list) {
            Span identity = new Span();
            Button show = new Button(Texts.text("caseFile.showIdentity"));
            show.addClickListener(click -> {
                VictimIdentity read = victims.identity(victim.id());
                identity.setText(Texts.text("caseFile.identity", read.name(), Objects.toString(read.contact(), "")));
                show.setEnabled(false);
            });
            HorizontalLayout row = new HorizontalLayout(
                    new Span(victim.pseudonym()),
                    new Span(Texts.of(victim.ageGroup())),
                    new Span(Texts.of(victim.sex())),
                    show,
                    identity);
            row.setAlignItems(Alignment.BASELINE);
            row.addClassName("victim");
            section.add(row);
            if (victimRecords.mayRead()) {
                section.add(new VictimHistorySection(victimRecords.of(victim.id())));
            }
        }
        return section;
    }

    private static Component timeline(List<TimelineEntry> entries) {
        Grid<TimelineEntry> grid = new Grid<>(TimelineEntry.class, false);
        grid.addColumn(entry -> Texts.dateTime(entry.at()))
                .setHeader(Texts.text("caseFile.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TimelineEntry::what)
                .setHeader(Texts.text("caseFile.what"))
                .setFlexGrow(1);
        grid.addColumn(TimelineEntry::actor)
                .setHeader(Texts.text("caseFile.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 50);
        grid.addClassName("timeline");
        return grid;
    }

    private static H3 section(String key) {
        return new H3(Texts.text(key));
    }

    private static VerticalLayout box(String className) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName(className);
        return box;
    }

    private static Component field(String labelKey, String value) {
        Div field = new Div(new Span(Texts.text(labelKey)), new Span(Objects.toString(value, "")));
        field.addClassName("field");
        return field;
    }
}
