package org.safeguard.workbench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.workbench.internal.EngineParse;
import org.safeguard.workbench.internal.ModelDraftMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of each model, kept in the database: saved with the version it started from (a save
 * over someone else's newer save is refused with {@link DraftConflictException}), checked against
 * the model rules and compared with the deployed version, and deployed as the next version once
 * it breaks no rule. Process owners and administrators only.
 */
@Service
public class ModelDrafts {

    /** Big enough for any of the shipped models many times over. */
    public static final int CONTENT_MAX = 2_000_000;

    private final ModelDraftMapper drafts;
    private final ModelLibrary library;
    private final ModelRules rules;
    private final EngineParse parser;
    private final CurrentUser user;
    private final Clock clock;

    ModelDrafts(
            ModelDraftMapper drafts,
            ModelLibrary library,
            ModelRules rules,
            EngineParse parser,
            CurrentUser user,
            Clock clock) {
        this.drafts = drafts;
        this.library = library;
        this.rules = rules;
        this.parser = parser;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ModelDraft> draft(String key) {
        library.requireOwner();
        library.latestVersion(key);
        return Optional.ofNullable(drafts.find(key));
    }

    /**
     * Saves {@code content} as the draft of deployed model {@code key}. {@code baseVersion} is the
     * draft version the editor opened, or {@code null} when it started from the deployed model and
     * no draft existed.
     *
     * @throws DraftConflictException when the draft was saved by anyone since {@code baseVersion}
     */
    @Transactional
    public ModelDraft save(String key, String content, Integer baseVersion) {
        library.requireOwner();
        library.latestVersion(key);
        requireContent(content);
        ModelDraft current = drafts.find(key);
        ModelDraft saved = new ModelDraft(key, content, 1, user.username(), clock.instant());
        if (current == null && baseVersion == null) {
            try {
                drafts.insert(saved);
            } catch (DuplicateKeyException e) {
                throw new DraftConflictException(drafts.find(key));
            }
            return saved;
        }
        if (current == null
                || baseVersion == null
                || drafts.update(key, content, baseVersion, saved.savedBy(), saved.savedAt()) == 0) {
            ModelDraft newer = drafts.find(key);
            if (newer == null) {
                throw new InvalidInputException(List.of(new Violation("baseVersion", "there is no draft: omit it")));
            }
            throw new DraftConflictException(newer);
        }
        return drafts.find(key);
    }

    /** Throws the draft of {@code key} away, whoever saved it. */
    @Transactional
    public void discard(String key) {
        library.requireOwner();
        requireDraft(key);
        drafts.delete(key);
    }

    /** The rules the draft breaks and how it differs from the newest deployed version. */
    @Transactional(readOnly = true)
    public DraftCheck check(String key) {
        library.requireOwner();
        ModelDraft draft = requireDraft(key);
        int deployed = library.latestVersion(key);
        byte[] content = draft.content().getBytes(StandardCharsets.UTF_8);
        ModelFile current = library.fileOf(key, deployed);
        List<ModelChange> changes = ModelDiff.between(current.content(), content);
        return new DraftCheck(draft.version(), deployed, findings(key, current.fileName(), content), changes);
    }

    /**
     * Checks {@code content} as it would be deployed as the next version of {@code key} (the model
     * rules, the engine's parser, the key) and compares it with the deployed version, writing
     * nothing: the editor's "Check" must not put a draft in front of every other owner.
     * {@code draftVersion} of the answer is 0: what was checked is not a saved draft.
     */
    @Transactional(readOnly = true)
    public DraftCheck check(String key, String content) {
        library.requireOwner();
        requireContent(content);
        int deployed = library.latestVersion(key);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ModelFile current = library.fileOf(key, deployed);
        ModelDiff.requireWellFormed(bytes);
        return new DraftCheck(
                0, deployed, findings(key, current.fileName(), bytes), ModelDiff.between(current.content(), bytes));
    }

    /**
     * How {@code content} differs from the newest deployed version of {@code key}; empty when it is
     * that version (layout aside), so there is nothing to deploy.
     */
    @Transactional(readOnly = true)
    public List<ModelChange> changes(String key, String content) {
        library.requireOwner();
        requireContent(content);
        ModelFile current = library.fileOf(key, library.latestVersion(key));
        return ModelDiff.between(current.content(), content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deploys the draft as the next version of {@code key} for {@code reason} and discards it.
     *
     * @throws ModelRefusedException when it breaks a model rule; nothing is deployed
     */
    @Transactional
    public ModelVersion deploy(String key, String reason) {
        library.requireOwner();
        String why = ModelLibrary.requireReason(reason);
        ModelDraft draft = requireDraft(key);
        byte[] content = draft.content().getBytes(StandardCharsets.UTF_8);
        String fileName = library.fileOf(key, library.latestVersion(key)).fileName();
        ModelDiff.requireWellFormed(content);
        List<ModelFinding> findings = findings(key, fileName, content);
        if (!findings.isEmpty()) {
            throw new ModelRefusedException(key, findings);
        }
        ModelVersion deployed = library.deploy(key, new ModelFile(fileName, content), why);
        drafts.delete(key);
        return deployed;
    }

    /**
     * The model rules (the sandbox for BPMN and DMN, the contract rules for BPMN; a decision table
     * meets the engine's DMN parser at deployment), and that the draft still defines the model it
     * is the draft of.
     */
    private List<ModelFinding> findings(String key, String fileName, byte[] content) {
        List<ModelFinding> findings = new ArrayList<>(rules.check(fileName, content));
        if (!fileName.endsWith(".dmn") && findings.stream().noneMatch(f -> "readable".equals(f.rule()))) {
            findings.addAll(parser.problems(fileName, content));
        }
        Pattern definesKey = Pattern.compile(
                "<(\\w+:)?(process|decision)\\b[^>]*\\bid\\s*=\\s*[\"']" + Pattern.quote(key) + "[\"']");
        if (!definesKey.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            findings.add(new ModelFinding(
                    key,
                    "process-key",
                    "The draft no longer defines '" + key
                            + "': its key must stay, since the code and the running cases name it"));
        }
        return findings;
    }

    private ModelDraft requireDraft(String key) {
        ModelDraft draft = drafts.find(key);
        if (draft == null) {
            library.latestVersion(key);
            throw new NotFoundException("Draft of " + key);
        }
        return draft;
    }

    private static void requireContent(String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("content", "is required")));
        }
        if (content.length() > CONTENT_MAX) {
            throw new InvalidInputException(
                    List.of(new Violation("content", "must be at most " + CONTENT_MAX + " characters")));
        }
    }
}
