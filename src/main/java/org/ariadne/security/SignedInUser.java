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
public final class SignedInUser implements UserDetails, CredentialsContainer,
        org.ariadne.common.participant.ParticipantMember {

    @Serial
    private static final long serialVersionUID = 3L;

    private final long id;
    private final String username;
    private final String fullName;
    private String passwordHash;
    private final Long institutionId;
    /** The participant whose records the person works on; null for those who work across participants. */
    private final Long participantId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean expired;
    /**
     * The account's version when it was read, and a fingerprint of its password hash: a session compares them with the
     * stored account on every request ({@link AccountSessionCheck}). Null for a person made up by a test.
     */
    private final Integer accountVersion;
    private final String passwordStamp;

    SignedInUser(long id, String username, String fullName, String passwordHash, Long institutionId, Set<Role> roles,
            boolean enabled, boolean locked, boolean expired) {
        this(id, username, fullName, passwordHash, institutionId, org.ariadne.common.participant.ParticipantScope.HOME, roles, enabled, locked, expired,
                null);
    }

    SignedInUser(long id, String username, String fullName, String passwordHash, Long institutionId,
            Long participantId, Set<Role> roles, boolean enabled, boolean locked, boolean expired,
            Integer accountVersion) {
        this.accountVersion = accountVersion;
        this.participantId = participantId;
        this.passwordStamp = accountVersion == null ? null : stampOf(passwordHash);
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

    Integer accountVersion() {
        return accountVersion;
    }

    String passwordStamp() {
        return passwordStamp;
    }

    /** A digest of the hash, so the session never holds the hash itself yet notices when the password changes. */
    static String stampOf(String passwordHash) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(passwordHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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

    /**
     * The participant (country or entity) whose records the person reads and keeps; null for the regional body's staff
     * and the installation's administrator, who work across participants (see {@link org.ariadne.common.participant.ParticipantScope}).
     */
    @Override
    public Long participantId() {
        return participantId;
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
