package org.safeguard.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseIntake;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.victim.AgeGroup;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The intake API's example allegation registered in-process, through the service behind
 * {@code POST /api/cases}, as the demo intake officer: no HTTP and no password check.
 */
final class ExampleIntake {

    private final CaseIntake intake;
    private final SecurityContextHolderStrategy contexts;
    private final NewAllegation allegation;

    ExampleIntake(BenchApp app) throws Exception {
        this.intake = app.bean(CaseIntake.class);
        this.contexts = app.bean(SecurityContextHolderStrategy.class);
        // Read as the controller reads a request body: the application's own JSON settings.
        this.allegation = app.bean(ObjectMapper.class).readValue(AllegationJson.EXAMPLE, NewAllegation.class);
    }

    NewAllegation allegation() {
        return allegation;
    }

    /** Whether the example names a child victim, which the intake passes to the process. */
    boolean minorInvolved() {
        return allegation.victims().stream().anyMatch(victim -> victim.ageGroup() == AgeGroup.CHILD);
    }

    /** Registers the example once; its reference. */
    String register() {
        try (var signedIn = SignedIn.as(contexts, BenchClient.USER, Role.INTAKE)) {
            return intake.register(allegation, null).reference();
        }
    }

    /** Registers {@code count} cases from 8 threads, unmeasured: what a part reads or works on. */
    List<String> registerMany(int count) throws Exception {
        List<String> references = Collections.synchronizedList(new ArrayList<>(count));
        ConcurrentCalls.Result result = ConcurrentCalls.run(8, count, index -> references.add(register()));
        if (result.failures() > 0) {
            throw new IllegalStateException(result.failures() + " intakes failed: " + result.firstFailure());
        }
        return List.copyOf(references);
    }
}
