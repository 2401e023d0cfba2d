package org.safeguard.sla;

import java.util.List;
import java.util.Optional;

/**
 * Every clock's place in the models, provided as a bean by the process layer (features never see
 * the process package; the process layer knows the models).
 *
 * @param investigationIdVariable the variable by which an investigation's process instance is found
 * @param memberStateVariable     the process-instance variable naming the Member State concerned
 * @param personnelCategoryVariable the process-instance variable naming the subject group's category
 */
public record ClockBindings(
        List<ClockBinding> bindings,
        String investigationIdVariable,
        String memberStateVariable,
        String personnelCategoryVariable) {

    public ClockBindings {
        bindings = List.copyOf(bindings);
    }

    public List<ClockBinding> of(ClockBinding.Carrier carrier) {
        return bindings.stream().filter(binding -> binding.carrier() == carrier).toList();
    }

    public Optional<ClockBinding> of(ClockKind kind) {
        return bindings.stream().filter(binding -> binding.kind() == kind).findFirst();
    }
}
