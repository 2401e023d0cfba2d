package org.safeguard.statistics;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.statistics.internal.GroupActionRow;
import org.safeguard.statistics.internal.GroupRow;
import org.safeguard.statistics.internal.StatisticsMapper;
import org.safeguard.statistics.internal.VictimCountRow;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of allegations in the form the organisation publishes them, for a quarter or a
 * year of cases (by the date each was received, UTC).
 *
 * <p>Counting rule, the organisation's: an allegation is counted once per personnel category and
 * nationality of its subjects. A case is one row per subject group, so a case with subjects of
 * two categories (or two nationalities) is counted twice, and two subjects of the same category
 * and nationality in one case are counted once. The case's victims, counted by age group and sex,
 * appear on each of its rows (so summing victims over rows counts a victim once per group).
 * Investigation status, outcome, actions taken and paternity claims are the group's own.
 *
 * <p>No victim identity is read: the victims' age group and sex are the only victim columns the
 * query touches, and no row carries a name, pseudonym or contact.
 */
@Service
public class PublishedStatistics {

    private final StatisticsMapper mapper;
    private final StatisticsReaders readers;

    PublishedStatistics(StatisticsMapper mapper, StatisticsReaders readers) {
        this.mapper = mapper;
        this.readers = readers;
    }

    /** The rows of {@code period}, in order of receipt. */
    @Transactional(readOnly = true)
    public List<PublishedRow> of(Period period) {
        readers.require();
        Map<Long, List<VictimCount>> victims = mapper.victims(period.start(), period.end()).stream()
                .collect(Collectors.groupingBy(
                        VictimCountRow::caseId, Collectors.mapping(PublishedStatistics::count, Collectors.toList())));
        Map<Long, List<String>> actions = mapper.actions(period.start(), period.end()).stream()
                .collect(Collectors.groupingBy(
                        GroupActionRow::groupId,
                        Collectors.mapping(
                                GroupActionRow::action,
                                Collectors.collectingAndThen(
                                        Collectors.toList(),
                                        list -> list.stream().sorted().toList()))));
        return mapper.groups(period.start(), period.end()).stream()
                .map(group -> new PublishedRow(
                        group.caseReference(),
                        group.entityCode(),
                        YearMonth.from(group.receivedAt().atZone(ZoneOffset.UTC)),
                        PersonnelCategory.valueOf(group.personnelCategory()),
                        group.nationality(),
                        AllegationType.valueOf(group.allegationType()),
                        victims.getOrDefault(group.caseId(), List.of()),
                        status(group),
                        group.investigatingBody(),
                        group.outcome() != null ? group.outcome() : group.finding(),
                        actions.getOrDefault(group.groupId(), List.of()),
                        group.paternityClaims()))
                .toList();
    }

    private static VictimCount count(VictimCountRow row) {
        return new VictimCount(AgeGroup.valueOf(row.ageGroup()), Sex.valueOf(row.sex()), row.victims());
    }

    private static InvestigationStatus status(GroupRow group) {
        if (group.investigatingBody() != null) {
            return group.investigationClosedAt() == null ? InvestigationStatus.ONGOING : InvestigationStatus.COMPLETED;
        }
        return group.outcome() == null ? InvestigationStatus.PENDING : InvestigationStatus.NOT_INVESTIGATED;
    }
}
