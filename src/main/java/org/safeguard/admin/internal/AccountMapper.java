package org.safeguard.admin.internal;

import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.Role;

@Mapper
public interface AccountMapper {

    void insert(AccountRow account);

    void insertRole(@Param("username") String username, @Param("role") Role role);

    AccountRow findByUsername(String username);

    List<AccountRow> findAll();

    Set<Role> findRoles(String username);

    long count();
}
