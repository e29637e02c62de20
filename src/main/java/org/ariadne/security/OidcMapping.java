package org.ariadne.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.ariadne.audit.Audited;

/**
 * Who the identity provider may let in, as the administrator keeps it: a person whose subject, e-mail address or
 * group is {@code value} signs in with {@code roles} for {@code institutionId}.
 */
public record OidcMapping(long id, int version, Kind kind, String value, Set<Role> roles, Long institutionId)
        implements Audited {

    static final String AUDIT_TYPE = "sign-in-mapping";

    /** What of the person a mapping matches; a subject is taken before an e-mail address before a group. */
    public enum Kind {
        SUBJECT, EMAIL, GROUP;

        public String messageKey() {
            return "oidc.mapping.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
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
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("kind", kind.name());
        state.put("value", value);
        state.put("roles", roles.stream().map(Enum::name).sorted().toList());
        state.put("institutionId", institutionId);
        return state;
    }
}
