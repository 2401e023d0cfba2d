package org.safeguard.victim.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.safeguard.victim.AgeGroup;

@Mapper
public interface VictimMapper {

    void insert(VictimRow victim);

    List<VictimRow> findByCase(long caseId);

    VictimRow findById(long id);

    boolean pseudonymExists(String pseudonym);

    Optional<AgeGroup> findAgeGroup(long victimId);
}
