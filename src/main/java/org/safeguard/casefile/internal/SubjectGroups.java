package org.safeguard.casefile.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.casefile.NewSubject;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroup;
import org.springframework.stereotype.Component;

/** Groups a case's subjects by personnel category and nationality, in the order reported. */
@Component
public class SubjectGroups {

    private final SubjectGroupMapper mapper;

    SubjectGroups(SubjectGroupMapper mapper) {
        this.mapper = mapper;
    }

    void record(long caseId, List<NewSubject> subjects) {
        group(subjects).forEach((key, members) -> {
            GeneratedId groupId = new GeneratedId();
            mapper.insertGroup(caseId, key.category(), key.nationality(), groupId);
            members.forEach(subject -> mapper.insertSubject(groupId.getValue(), subject.unit()));
        });
    }

    public List<SubjectGroup> ofCase(long caseId) {
        return assemble(mapper.findByCase(caseId));
    }

    /** The groups of the case with that reference; none when it has none or there is no such case. */
    public List<SubjectGroup> ofCase(String reference) {
        return assemble(mapper.findByCaseReference(reference));
    }

    public Optional<SubjectGroup> find(long id) {
        return assemble(mapper.findById(id)).stream().findFirst();
    }

    private static List<SubjectGroup> assemble(List<SubjectRow> rows) {
        Map<Long, SubjectGroup> groups = new LinkedHashMap<>();
        for (SubjectRow row : rows) {
            SubjectGroup group = groups.computeIfAbsent(
                    row.groupId(),
                    id -> new SubjectGroup(
                            id,
                            row.personnelCategory(),
                            row.nationality(),
                            new ArrayList<>(),
                            row.breachesStandards(),
                            row.outcome()));
            if (row.unit() != null) {
                group.units().add(row.unit());
            }
        }
        return List.copyOf(groups.values());
    }

    static Map<GroupKey, List<NewSubject>> group(List<NewSubject> subjects) {
        Map<GroupKey, List<NewSubject>> groups = new LinkedHashMap<>();
        subjects.forEach(subject -> groups.computeIfAbsent(
                        new GroupKey(subject.personnelCategory(), subject.nationality()), k -> new ArrayList<>())
                .add(subject));
        return groups;
    }

    record GroupKey(PersonnelCategory category, String nationality) {

        GroupKey {
            Objects.requireNonNull(category);
        }
    }
}
