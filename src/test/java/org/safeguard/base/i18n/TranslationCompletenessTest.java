package org.safeguard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.MeasureKind;
import org.safeguard.admin.ApiTokenStatus;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.security.ApiScope;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.InterimMeasureStatus;
import org.safeguard.casefile.InterimMeasureType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.InvestigatingBody;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.LadderRung;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;
import org.safeguard.statistics.InvestigationStatus;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.Need;
import org.safeguard.victim.Sex;
import org.safeguard.worklist.BulkOutcome;
import org.safeguard.worklist.DueState;

/** Every text the code asks for exists, not blank, in English and in French. */
class TranslationCompletenessTest {

    /** Enums whose values the UI shows through {@code Texts.of}: add yours. */
    static final List<Class<? extends Enum<?>>> TRANSLATED_ENUMS = List.of(
            Role.class,
            CaseStatus.class,
            AllegationType.class,
            PersonnelCategory.class,
            IntakeChannel.class,
            InterimMeasureType.class,
            AgeGroup.class,
            Sex.class,
            AuditAction.class,
            EngagementStepKind.class,
            EngagementStatus.class,
            EngagementPurpose.class,
            EngagementOutcome.class,
            SubjectGroupOutcome.class,
            InvestigatingBody.class,
            FindingCode.class,
            InterimMeasureStatus.class,
            DueState.class,
            Need.class,
            ConsentGiver.class,
            ConsentScope.class,
            MeasureKind.class,
            ReplyKind.class,
            ActionKind.class,
            LadderRung.class,
            ClockKind.class,
            ClockState.class,
            InvestigationStatus.class,
            BulkOutcome.Result.class,
            ApiScope.class,
            ApiTokenStatus.class);

    /** Literal keys given to getTranslation, to Texts' lookups and as @Menu titles. */
    static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Texts\\.(?:text|pageTitle))\\(\\s*\"([^\"]+)\"|@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(bundle("messages_fr").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages").stringPropertyNames());
    }

    @Test
    void no_text_is_blank() throws IOException {
        for (String name : List.of("messages", "messages_fr")) {
            Properties bundle = bundle(name);
            assertThat(bundle.stringPropertyNames())
                    .as(name)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key))
                            .as(name + ": " + key)
                            .isNotBlank());
        }
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).as("keys found in src/main/java").contains("nav.home", "cases.reference");
        assertThat(bundle("messages").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_fr").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_value_of_a_translated_enum_is_translated() throws IOException {
        List<String> keys = TRANSLATED_ENUMS.stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(Texts::key)
                .toList();
        assertThat(bundle("messages").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("messages_fr").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void french_is_chosen_for_any_french_speaking_browser_and_english_for_other_languages() {
        assertThat(Translations.text(Locale.CANADA_FRENCH, "nav.cases")).isEqualTo("Dossiers");
        assertThat(Translations.text(Locale.GERMAN, "nav.cases")).isEqualTo("Cases");
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationCompletenessTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
