package org.safeguard.victim.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface VictimMapper {

    void insert(VictimRow victim);

    List<VictimRow> findByCase(long caseId);

    VictimRow findById(long id);

    boolean pseudonymExists(String pseudonym);
}
