package org.safeguard.worklist;

import java.time.Clock;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.worklist.internal.SavedFilterMapper;
import org.safeguard.worklist.internal.SavedFilterRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named task-list filters. A user saves their own (saving under an existing name replaces it)
 * and loads their own and every shared one; only the owner shares or stops sharing. A filter holds
 * criteria, not cases, so sharing one reveals nothing: each user still sees only their scope.
 */
@Service
public class SavedFilters {

    public static final int NAME_MAX = 100;

    private final SavedFilterMapper mapper;
    private final CurrentUser user;
    private final Clock clock;

    SavedFilters(SavedFilterMapper mapper, CurrentUser user, Clock clock) {
        this.mapper = mapper;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public void save(String name, TaskFilter filter, boolean shared) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidInputException(
                    List.of(new Violation("name", "is required, at most " + NAME_MAX + " characters")));
        }
        SavedFilterRow row = new SavedFilterRow(
                0,
                user.username(),
                name.strip(),
                filter.entity(),
                filter.allegationType(),
                filter.state(),
                filter.text(),
                shared,
                clock.instant());
        if (mapper.update(row) == 0) {
            mapper.insert(row);
        }
    }

    /** The user's own filters and those others shared, by name. */
    @Transactional(readOnly = true)
    public List<SavedFilter> available() {
        return mapper.availableTo(user.username()).stream()
                .map(SavedFilterRow::toFilter)
                .toList();
    }

    /** @throws NotFoundException unless the filter is the user's own */
    @Transactional
    public void share(long id, boolean shared) {
        if (mapper.share(id, user.username(), shared) == 0) {
            throw new NotFoundException("Saved filter " + id);
        }
    }
}
