package org.safeguard.memberstate.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.safeguard.memberstate.MemberState;

@Mapper
public interface MemberStateMapper {

    List<MemberState> findAll();

    MemberState findByCode(String code);
}
