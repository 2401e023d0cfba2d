package org.safeguard.casefile.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.safeguard.casefile.Entity;

@Mapper
public interface EntityMapper {

    List<Entity> findAll();

    Entity findByCode(String code);

    String findHostCountry(String code);
}
