package org.safeguard.memberstate.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.memberstate.MemberState;
import org.safeguard.memberstate.MemberStateContact;

@Mapper
public interface MemberStateMapper {

    List<MemberState> findAll();

    MemberState findByCode(String code);

    MemberStateContact findContact(String code);

    int updateContact(@Param("code") String code, @Param("language") String language, @Param("email") String email);
}
