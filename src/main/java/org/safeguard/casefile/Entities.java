package org.safeguard.casefile;

import java.util.List;
import java.util.Optional;
import org.safeguard.casefile.internal.EntityMapper;
import org.springframework.stereotype.Service;

/** The missions and agencies reference table. */
@Service
public class Entities {

    private final EntityMapper mapper;

    Entities(EntityMapper mapper) {
        this.mapper = mapper;
    }

    public List<Entity> all() {
        return mapper.findAll();
    }

    public boolean exists(String code) {
        return code != null && mapper.findByCode(code) != null;
    }

    /** The ISO alpha-2 country a mission is stationed in; empty for agencies and the Secretariat. */
    public Optional<String> hostCountry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mapper.findHostCountry(code));
    }
}
