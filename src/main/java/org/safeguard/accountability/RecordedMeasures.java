package org.safeguard.accountability;

import java.util.List;
import org.safeguard.accountability.internal.MeasureMapper;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability measures recorded on a case, for its case file. A case outside the user's
 * scope is not found; a Member State focal point sees the measures of their nationals' subject
 * groups only, as with the rest of the case file.
 */
@Service
public class RecordedMeasures {

    private final MeasureMapper mapper;
    private final CaseVisibility cases;

    RecordedMeasures(MeasureMapper mapper, CaseVisibility cases) {
        this.mapper = mapper;
        this.cases = cases;
    }

    /** The case's measures by subject group, then in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<RecordedMeasure> ofCase(String reference) {
        cases.requireVisible(reference);
        CaseScope scope = cases.scope();
        return mapper.findByCase(reference, scope.nationalsOnly() ? scope.username() : null);
    }
}
