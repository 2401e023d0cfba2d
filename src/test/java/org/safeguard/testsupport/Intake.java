package org.safeguard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/**
 * Registers cases through {@code POST /api/cases}, as a conduct officer would, and answers their
 * references. It runs none of the jobs the registration makes due: {@link CaseApi#register} does.
 */
public final class Intake {

    private final Api api;

    public Intake(Api api) {
        this.api = api;
    }

    /** Registers the allegation as {@code intake}. */
    public String register(AllegationJson allegation) {
        return register("intake", allegation);
    }

    /** Registers the allegation as {@code officer} (e.g. {@code intake-unmiss} for an UNMISS case). */
    public String register(String officer, AllegationJson allegation) {
        HttpResponse<String> created = api.postCase(officer, allegation.json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("reference").asText();
    }
}
