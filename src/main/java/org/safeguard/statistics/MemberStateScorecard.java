package org.safeguard.statistics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguard.statistics.internal.MedianRow;
import org.safeguard.statistics.internal.StatisticsMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Member State scorecard: per Member State, the notifications whose note verbale was sent in
 * a quarter and how they were answered. A reply is on time when it came by the date the note
 * asked (for notes issued before that date was stored: before the first reminder). Pending means
 * no reply yet on an open engagement; reminded and escalated count notifications whose ladder
 * reached a reminder, or the permanent representative or senior leadership. Counted as of now.
 */
@Service
public class MemberStateScorecard {

    private static final double SECONDS_PER_DAY = 86_400d;

    private final StatisticsMapper mapper;
    private final StatisticsReaders readers;

    MemberStateScorecard(StatisticsMapper mapper, StatisticsReaders readers) {
        this.mapper = mapper;
        this.readers = readers;
    }

    /** One line per Member State notified in {@code quarter}, by English name. */
    @Transactional(readOnly = true)
    public List<ScorecardLine> of(Period quarter) {
        readers.require();
        Map<String, Double> medians = mapper.medianReplySeconds(quarter.start(), quarter.end()).stream()
                .collect(Collectors.toMap(MedianRow::memberState, MedianRow::seconds));
        return mapper.scorecard(quarter.start(), quarter.end()).stream()
                .map(row -> new ScorecardLine(
                        row.memberState(),
                        row.nameEn(),
                        row.nameFr(),
                        row.notificationsSent(),
                        row.replied(),
                        row.repliedOnTime(),
                        days(medians.get(row.memberState())),
                        row.pending(),
                        row.reminded(),
                        row.escalated()))
                .toList();
    }

    private static Double days(Double seconds) {
        return seconds == null ? null : Math.round(seconds / SECONDS_PER_DAY * 10) / 10d;
    }
}
