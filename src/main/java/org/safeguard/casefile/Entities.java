package org.safeguard.casefile;

import java.util.List;
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
}
