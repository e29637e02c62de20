package org.ariadne.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A personal access token: its owner, scope, institution and life; the token itself is kept only as its hash. */
@Table("api_token")
class ApiToken implements Audited {

    static final String AUDIT_TYPE = "api-token";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long userAccountId;
    private String username;
    private Long institutionId;
    private String name;
    private TokenScope scope;
    private String tokenHash;
    private String tokenHint;
    private LocalDateTime createdAt;
    private LocalDate expiresOn;
    private LocalDateTime lastUsedAt;
    private LocalDateTime revokedAt;

    ApiToken() {
    }

    static ApiToken issue(long userAccountId, String username, Long institutionId, String name, TokenScope scope,
            String tokenHash, String tokenHint, LocalDate expiresOn, LocalDateTime now) {
        var token = new ApiToken();
        token.userAccountId = userAccountId;
        token.username = username;
        token.institutionId = institutionId;
        token.name = name.strip();
        token.scope = scope;
        token.tokenHash = tokenHash;
        token.tokenHint = tokenHint;
        token.expiresOn = expiresOn;
        token.createdAt = now;
        return token;
    }

    /** Revoking is for good; a token revoked already stays as it was. */
    boolean revoke(LocalDateTime now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    boolean validOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }

    ApiTokenView view(LocalDate today) {
        return new ApiTokenView(id, name, scope, tokenHint, createdAt, lastUsedAt, expiresOn, revokedAt,
                today.isAfter(expiresOn));
    }

    TokenHolder holder() {
        return new TokenHolder(id, username, institutionId, scope);
    }

    Long id() {
        return id;
    }

    long userAccountId() {
        return userAccountId;
    }

    Long institutionId() {
        return institutionId;
    }

    LocalDateTime lastUsedAt() {
        return lastUsedAt;
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
        return name + " (" + username + ")";
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    /** Never the hash: the trail says whose token it is, what it may do and how long it lives. */
    @Override
    public Map<String, Object> auditState() {
        return state(id -> id == null ? null : String.valueOf(id));
    }

    /** The token as the trail keeps it, its institution by name. */
    Audited audited(java.util.function.Function<Long, String> institutionName) {
        return Audited.of(AUDIT_TYPE, id, auditLabel(), null, state(institutionName));
    }

    private Map<String, Object> state(java.util.function.Function<Long, String> institutionName) {
        return AuditRecord.state("name", name, "username", username, "tokenScope", scope.name(), "institution",
                institutionName.apply(institutionId), "tokenHint", tokenHint, "expiresOn", expiresOn, "revokedAt",
                revokedAt);
    }
}
