package org.ariadne.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind the current request, as loaded at sign-in. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private String passwordHash;
    private final Long institutionId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean expired;

    SignedInUser(long id, String username, String fullName, String passwordHash, Long institutionId, Set<Role> roles,
            boolean enabled, boolean locked, boolean expired) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.institutionId = institutionId;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.expired = expired;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    /** The institution a focal point reports for; null for the coordinator's office and administrators. */
    public Long institutionId() {
        return institutionId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonExpired() {
        return !expired;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The password hash is only needed during sign-in; the session keeps the rest. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
