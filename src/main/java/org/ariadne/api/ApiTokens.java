package org.ariadne.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a person makes, lists and revokes their own (their account page); the API's filter
 * recognises a token by the SHA-256 hash of what the caller sends. A token is {@value #PREFIX} and 43 base64url
 * characters of 32 random bytes: the prefix lets secret scanners and people recognise it; the hash needs no salt
 * since the token itself is random. Made and revoked tokens are written to the audit trail.
 */
@Service
public class ApiTokens {

    /** Every token starts so. */
    public static final String PREFIX = "ari_";
    private static final int HINT_LENGTH = 8;
    /** A token's last use is written at most this often: a system calling every second does not write every second. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditTrail trail;
    private final Institutions institutions;
    private final ApiProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, AuditTrail trail, Institutions institutions, ApiProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.trail = trail;
        this.institutions = institutions;
        this.properties = properties;
        this.clock = clock;
    }

    /** The longest a token may live, in days. */
    public int maxTokenDays() {
        return properties.maxTokenDays();
    }

    /** The expiry date a new token's form suggests: 90 days, or less if tokens may not live that long. */
    public LocalDate suggestedExpiry() {
        return today().plusDays(Math.min(90, properties.maxTokenDays()));
    }

    /** The signed-in person's tokens, newest first, revoked and expired ones too (marked so). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        var today = today();
        return tokens.findByOwner(CurrentUser.required().id()).stream().map(token -> token.view(today)).toList();
    }

    /** Checks a new token's rules without making it (every refusal at once), for the form. */
    @PreAuthorize("isAuthenticated()")
    public void check(ApiTokenCommand command) {
        var refusals = refusals(CurrentUser.required(), command);
        if (!refusals.isEmpty()) {
            throw ApiTokenException.all(refusals);
        }
    }

    /** Makes a token for the signed-in person, bound to their institution; the token is in the answer only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedToken create(ApiTokenCommand command) {
        var me = CurrentUser.required();
        var refusals = refusals(me, command);
        if (!refusals.isEmpty()) {
            throw ApiTokenException.all(refusals);
        }
        var token = newToken();
        var saved = tokens.save(ApiToken.issue(me.id(), me.getUsername(), me.institutionId(), command.name(),
                command.scope(), hash(token), token.substring(0, HINT_LENGTH), command.expiresOn(), now()));
        trail.recordCreated(saved.audited(this::institutionName));
        return new CreatedToken(saved.view(today()), token);
    }

    /** Revokes one of the signed-in person's tokens for good. Someone else's token is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.userAccountId() == CurrentUser.required().id())
                .orElseThrow(() -> NotFoundException.of("api token", tokenId));
        var before = token.audited(this::institutionName);
        if (token.revoke(now())) {
            tokens.save(token);
            trail.recordChange(before, token.audited(this::institutionName));
        }
    }

    /**
     * The holder of a token the caller sent, if it is a token of ours that is neither revoked nor expired; its use is
     * recorded. Whether the owner's account still allows it is the caller's (the API filter's) to check.
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        var found = tokens.findByTokenHash(hash(presented)).filter(token -> token.validOn(today()));
        found.ifPresent(token -> {
            var now = now();
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
                tokens.recordUse(token.id(), now);
            }
        });
        return found.map(ApiToken::holder);
    }

    /**
     * For the demo only: a token with a value known beforehand (printed in the README) for a demo account, made once.
     * The caller (the demo loader, active only with {@code ariadne.demo-data}) runs as the system.
     */
    @Transactional
    public void installKnownToken(SignedInUser owner, String name, TokenScope scope, String token, LocalDate expiresOn) {
        if (!token.startsWith(PREFIX) || tokens.findByTokenHash(hash(token)).isPresent()) {
            return;
        }
        var saved = tokens.save(ApiToken.issue(owner.id(), owner.getUsername(), owner.institutionId(), name, scope,
                hash(token), token.substring(0, HINT_LENGTH), expiresOn, now()));
        trail.recordCreated(saved.audited(this::institutionName));
    }

    private List<ApiTokenException> refusals(SignedInUser me, ApiTokenCommand command) {
        var refusals = new ArrayList<ApiTokenException>();
        if (command.expiresOn() != null) {
            if (!command.expiresOn().isAfter(today())) {
                refusals.add(ApiTokenException.expiryInPast());
            } else if (command.expiresOn().isAfter(today().plusDays(properties.maxTokenDays()))) {
                refusals.add(ApiTokenException.expiryTooFar(properties.maxTokenDays()));
            }
        }
        // writing is submitting one's institution's report: only a focal point with an institution can
        if (command.scope() == TokenScope.READ_WRITE && (me.institutionId() == null || !me.has(Role.FOCAL_POINT))) {
            refusals.add(ApiTokenException.writeNeedsInstitution());
        }
        if (tokens.countActive(me.id(), today()) >= properties.maxTokensPerUser()) {
            refusals.add(ApiTokenException.tooMany(properties.maxTokensPerUser()));
        }
        return refusals;
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String institutionName(Long id) {
        return id == null ? null : institutions.directory().nameOf(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
