package org.safeguard.memberstate;

import java.util.List;
import java.util.Optional;
import org.safeguard.memberstate.internal.MemberStateMapper;
import org.springframework.stereotype.Service;

/** The Member States reference table. */
@Service
public class MemberStates {

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

    public boolean isMemberState(String code) {
        return code != null && mapper.findByCode(code) != null;
    }
}
