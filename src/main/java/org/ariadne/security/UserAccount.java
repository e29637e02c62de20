package org.ariadne.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who may sign in. Guards its own lock-out rule. */
@Table("user_account")
class UserAccount implements Audited {

    static final String AUDIT_TYPE = "user";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String username;
    private String fullName;
    private String email;
    private String passwordHash;
    private Long institutionId;
    // null: the person works across participants. Not initialised here: a field initialiser would survive reading a
    // null column, turning every person across participants into one of the home participant
    private Long participantId;
    private boolean enabled = true;
    private int failedLogins;
    private LocalDateTime lockedUntil;
    private LocalDateTime lastLoginAt;
    private LocalDate accessUntil;
    private String preferredLocale;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "user_account_id")
    private Set<RoleGrant> roles = new HashSet<>();

    UserAccount() {
    }

    static UserAccount create(String username, String fullName, String email, String passwordHash, Long institutionId,
            Set<Role> roles, LocalDate accessUntil, LocalDateTime now) {
        var account = new UserAccount();
        account.username = username;
        account.fullName = fullName;
        account.email = email;
        account.passwordHash = passwordHash;
        account.institutionId = institutionId;
        account.accessUntil = accessUntil;
        account.participantId = org.ariadne.common.participant.ParticipantScope.HOME;
        account.createdAt = now;
        account.updatedAt = now;
        account.grant(roles);
        return account;
    }

    void update(String fullName, String email, Long institutionId, Set<Role> roles, LocalDate accessUntil,
            boolean enabled, LocalDateTime now) {
        this.fullName = fullName;
        this.email = email;
        this.institutionId = institutionId;
        this.accessUntil = accessUntil;
        this.enabled = enabled;
        this.updatedAt = now;
        grant(roles);
    }

    private void grant(Set<Role> newRoles) {
        roles = newRoles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
        // the regional body's staff compare the participants: they belong to none (issue 19 item 2)
        if (newRoles.contains(Role.REGIONAL_OFFICER)) {
            participantId = null;
        }
    }

    void changePassword(String newHash, LocalDateTime now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
        unlock();
    }

    /**
     * A wrong password, counted for the administrator to see. It no longer locks the account (anyone could lock
     * anyone): {@link LoginThrottle} holds back the name from the address the wrong passwords come from.
     */
    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isExpiredOn(LocalDate today) {
        return accessUntil != null && today.isAfter(accessUntil);
    }

    Set<Role> roleSet() {
        var set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.role()));
        return set;
    }

    SignedInUser toSignedInUser(LocalDateTime now) {
        return new SignedInUser(id, username, fullName, passwordHash, institutionId, participantId, roleSet(), enabled,
                isLockedAt(now), isExpiredOn(now.toLocalDate()), version);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return username;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    /** What an administrator sees change; never the password's hash nor the failed sign-ins. */
    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username());
        state.put("fullName", fullName());
        state.put("email", email());
        state.put("institutionId", institutionId());
        state.put("participantId", participantId());
        state.put("roles", roleSet().stream().map(Enum::name).sorted().toList());
        state.put("enabled", enabled());
        state.put("locked", lockedUntil() != null);
        state.put("accessUntil", accessUntil() == null ? null : accessUntil().toString());
        return state;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String email() {
        return email;
    }

    Long institutionId() {
        return institutionId;
    }

    Long participantId() {
        return participantId;
    }

    /** Moves the person to a participant, or across participants (null): the installation administrator's choice. */
    void placeIn(Long participant, LocalDateTime now) {
        // the regional body's staff compare the participants: they belong to none, whatever the form said
        this.participantId = roleSet().contains(Role.REGIONAL_OFFICER) ? null : participant;
        this.updatedAt = now;
    }

    boolean enabled() {
        return enabled;
    }

    int failedLogins() {
        return failedLogins;
    }

    LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    LocalDateTime lastLoginAt() {
        return lastLoginAt;
    }

    LocalDate accessUntil() {
        return accessUntil;
    }

    String preferredLocale() {
        return preferredLocale;
    }

    @Table("user_account_role")
    record RoleGrant(Role role) {
    }
}
