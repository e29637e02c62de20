package org.ariadne.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.Institutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's list of who may sign in through the identity provider and with which roles and institution
 * (issue 18). Every change goes to the trail. Read without a signed-in person only by {@link OidcSignIn}, while
 * someone signs in.
 */
@Service
public class OidcMappings {

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    private final Institutions institutions;
    private final ParticipantScope scope;

    OidcMappings(JdbcClient jdbc, AuditTrail trail, Clock clock, Institutions institutions, ParticipantScope scope) {
        this.institutions = institutions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    /** What the administrator enters: whom ({@code kind}, {@code value}) and what they get. */
    public record Command(OidcMapping.Kind kind, String value, Set<Role> roles, Long institutionId) {
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public List<OidcMapping> list() {
        var own = scope.narrowedTo();
        return jdbc.sql("select * from oidc_mapping order by match_kind, match_value").query(OidcMappings::row).list()
                .stream().filter(mapping -> own.isEmpty() || own.get().equals(ownerOf(mapping.institutionId())))
                .toList();
    }

    /**
     * The participant a sign-in mapping lets people into (issue 19): its institution's; without an institution, the
     * home participant, because the account it makes is placed there (as every account before there were several).
     * So the mapping is that participant's administrators' to keep, and the guard answers the same.
     */
    long ownerOf(Long institutionId) {
        return institutionId == null ? ParticipantScope.HOME
                : institutions.participantOf(institutionId).orElse(ParticipantScope.HOME);
    }

    /** The owner of a stored mapping; empty when there is none. */
    @Transactional(readOnly = true)
    Optional<Long> ownerOfMapping(long id) {
        return jdbc.sql("select * from oidc_mapping where id = ?").param(id).query(OidcMappings::row).optional()
                .map(mapping -> ownerOf(mapping.institutionId()));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public long add(Command command) {
        AccountException.refuseAll(refusals(command));
        var value = normalise(command.kind(), command.value());
        var now = LocalDateTime.now(clock);
        var holder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into oidc_mapping (version, match_kind, match_value, roles, institution_id, created_at, "
                        + "updated_at) values (0, ?, ?, ?, ?, ?, ?)")
                .params(command.kind().name(), value, rolesText(command.roles()), command.institutionId(), now, now)
                .update(holder, "id");
        long id = holder.getKey().longValue();
        trail.recordCreated(find(id));
        return id;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void delete(long id) {
        var mapping = find(id);
        var own = scope.narrowedTo();
        if (own.isPresent() && !own.get().equals(ownerOf(mapping.institutionId()))) {
            throw NotFoundException.of("sign-in mapping", id);
        }
        jdbc.sql("delete from oidc_mapping where id = ?").param(id).update();
        trail.recordDeleted(mapping);
    }

    /** The mapping for a person signing in: by subject, else by e-mail address, else by the first group that has one. */
    @Transactional(readOnly = true)
    Optional<OidcMapping> match(String subject, String email, List<String> groups) {
        var all = jdbc.sql("select * from oidc_mapping").query(OidcMappings::row).list();
        return first(all, OidcMapping.Kind.SUBJECT, subject)
                .or(() -> first(all, OidcMapping.Kind.EMAIL, email))
                .or(() -> groups.stream().map(group -> first(all, OidcMapping.Kind.GROUP, group))
                        .flatMap(Optional::stream).findFirst());
    }

    private static Optional<OidcMapping> first(List<OidcMapping> all, OidcMapping.Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var key = normalise(kind, value);
        return all.stream().filter(m -> m.kind() == kind && m.value().equals(key)).findFirst();
    }

    private List<AccountException> refusals(Command command) {
        var refusals = new java.util.ArrayList<AccountException>();
        if (command.kind() == null || command.value() == null || command.value().isBlank()) {
            refusals.add(AccountException.mappingValueRequired());
        } else if (jdbc.sql("select count(*) from oidc_mapping where match_kind = ? and match_value = ?")
                .params(command.kind().name(), normalise(command.kind(), command.value())).query(Long.class)
                .single() > 0) {
            refusals.add(AccountException.mappingTaken(command.value().strip()));
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            refusals.add(AccountException.noRole());
        } else if (command.roles().contains(Role.FOCAL_POINT) && command.institutionId() == null) {
            refusals.add(AccountException.focalPointNeedsInstitution());
        }
        // a participant's administrator lets people into its own participant only (issue 19)
        var own = scope.narrowedTo();
        if (own.isPresent() && !own.get().equals(ownerOf(command.institutionId()))) {
            refusals.add(command.institutionId() == null ? AccountException.mappingNeedsOwnInstitution()
                    : AccountException.institutionOfOtherParticipant());
        }
        return refusals;
    }

    private OidcMapping find(long id) {
        return jdbc.sql("select * from oidc_mapping where id = ?").param(id).query(OidcMappings::row).optional()
                .orElseThrow(() -> NotFoundException.of("sign-in mapping", id));
    }

    /** E-mail addresses and groups match whatever their case; a subject is the provider's exact identifier. */
    private static String normalise(OidcMapping.Kind kind, String value) {
        var stripped = value.strip();
        return kind == OidcMapping.Kind.SUBJECT ? stripped : stripped.toLowerCase(Locale.ROOT);
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static OidcMapping row(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getString("roles").split(",")).filter(r -> !r.isBlank()).map(Role::valueOf)
                .forEach(roles::add);
        long institution = row.getLong("institution_id");
        return new OidcMapping(row.getLong("id"), row.getInt("version"),
                OidcMapping.Kind.valueOf(row.getString("match_kind")), row.getString("match_value"), Set.copyOf(roles),
                row.wasNull() ? null : institution);
    }
}
