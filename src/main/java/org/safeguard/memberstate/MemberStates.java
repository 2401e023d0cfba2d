package org.safeguard.memberstate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.memberstate.internal.MemberStateMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Member States reference table. */
@Service
public class MemberStates {

    private static final int MAX_EMAIL = 200;

    private final MemberStateMapper mapper;

    MemberStates(MemberStateMapper mapper) {
        this.mapper = mapper;
    }

    public List<MemberState> all() {
        return mapper.findAll();
    }

    public Optional<MemberState> find(String code) {
        return Optional.ofNullable(mapper.findByCode(code));
    }

    /** The language of the state's notes verbales and its permanent mission's address on record. */
    @Transactional(readOnly = true)
    public Optional<MemberStateContact> contact(String code) {
        return Optional.ofNullable(mapper.findContact(code));
    }

    /** Sets how the state is written to; {@code missionEmail} may be null (none on record). */
    @Transactional
    public void updateContact(String code, Locale noteLanguage, String missionEmail) {
        String language = noteLanguage.getLanguage();
        if (!NoteVerbaleTemplates.LANGUAGES.contains(language)) {
            throw new InvalidInputException(List.of(new Violation("noteLanguage", "must be one of en, fr")));
        }
        String email = missionEmail == null || missionEmail.isBlank() ? null : missionEmail.trim();
        if (email != null && (email.length() > MAX_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new InvalidInputException(List.of(new Violation("missionEmail", "is not an email address")));
        }
        if (mapper.updateContact(code, language, email) == 0) {
            throw new NotFoundException("Member State " + code);
        }
    }

    public boolean isMemberState(String code) {
        return code != null && mapper.findByCode(code) != null;
    }
}
