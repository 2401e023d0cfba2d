package org.safeguard.admin.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.base.security.Role;

@Mapper
public interface AccountMapper {

    void insert(AccountRow account);

    void insertRole(@Param("username") String username, @Param("role") Role role);

    void deleteRoles(String username);

    AccountRow findByUsername(String username);

    /** The account with its roles, a row per role; empty when there is no such account. */
    List<AccountRoleRow> findWithRoles(String username);

    List<AccountRow> findAll();

    Set<Role> findRoles(String username);

    long count();

    String findLanguage(String username);

    void updateLanguage(@Param("username") String username, @Param("language") String language);

    /** Also lifts a lock and clears the failed sign-ins: a new password starts afresh. */
    void updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    void disable(String username);

    void countFailedSignIn(String username);

    void lockAfterFailures(
            @Param("username") String username,
            @Param("maxFailures") int maxFailures,
            @Param("lockedUntil") Instant lockedUntil);

    /** Call only when {@link AccountRow#hasFailuresToClear()}: HTTP Basic signs in on every request. */
    void clearFailedSignIns(String username);

    String findEmail(String username);

    void updateEmail(@Param("username") String username, @Param("email") String email);

    /** The addresses of the enabled accounts with that role (and nationality, unless null) that have one. */
    List<String> findEmailsOfRole(@Param("role") Role role, @Param("nationality") String nationality);
}
