package org.safeguard.base.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Safeguard roles a user's groups at the identity provider grant; unknown groups grant none. */
class GroupRoles {

    private final Map<String, Set<Role>> mapping;

    GroupRoles(Map<String, Set<Role>> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    /** A groups claim is a list of names, or a single name with some providers. */
    Set<Role> of(Object groupsClaim) {
        Collection<?> groups = groupsClaim instanceof Collection<?> many
                ? many
                : groupsClaim == null ? List.of() : List.of(groupsClaim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> roles.addAll(mapping.getOrDefault(String.valueOf(group), Set.of())));
        return roles;
    }
}
