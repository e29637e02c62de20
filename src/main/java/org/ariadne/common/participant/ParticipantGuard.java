package org.ariadne.common.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ariadne.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks, before any page or API call runs, that every record its address names belongs to the signed-in person's
 * participant (issue 19); a record of another participant answers 404, as if it did not exist. Addresses are matched
 * to records through the modules' {@link ParticipantOwnership} (see there for the keys). An address variable nobody
 * answers for is refused too (fail closed); {@code ParticipantIsolationIntegrationTest} lists every route and fails
 * on one that has no owner, so that never reaches a user.
 */
@Component
public class ParticipantGuard implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ParticipantGuard.class);

    /** Variables that name no participant's record: a file format, a year, a preview's token (the uploader's own). */
    public static final Set<String> FREE = Set.of("format", "token", "year", "startsOn", "name", "criterion", "number",
            "entityType");

    /** Addresses anyone may read, whoever owns what they show: the public portal and its API, a consultation link. */
    private static final List<String> PUBLIC = List.of("/portal", "/api/v1/published", "/consult/");

    private static final Set<String> GENERIC = Set.of("id", "ownerId", "parentId");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private final ParticipantScope scope;
    private final Map<String, ParticipantOwnership.Owner> owners = new HashMap<>();

    ParticipantGuard(ParticipantScope scope, List<ParticipantOwnership> modules) {
        this.scope = scope;
        for (var module : modules) {
            module.owners().forEach((key, owner) -> {
                if (owners.putIfAbsent(key, owner) != null) {
                    throw new IllegalStateException("two modules answer for the owner of '" + key + "'");
                }
            });
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        var own = scope.narrowedTo();
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (own.isEmpty() || pattern == null || isPublic(pattern)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        for (var key : keys(pattern)) {
            if (key.variable() == null) {
                continue;
            }
            var value = variables.get(key.variable());
            if (value == null) {
                continue;
            }
            var owner = owners.get(key.key());
            if (owner == null) {
                log.warn("No module answers for the owner of '{}' in {}: refused", key.key(), pattern);
                throw NotFoundException.of(key.key(), value);
            }
            Optional<Long> found;
            try {
                found = owner.of(value, variables);
            } catch (NumberFormatException notAnId) {
                found = Optional.empty();
            }
            if (found.isPresent() && found.get() != own.get()) {
                throw NotFoundException.of(key.key(), value);
            }
        }
        return true;
    }

    /** Whether the address is one anyone may read, whoever owns what it shows. */
    public static boolean isPublic(String pattern) {
        return PUBLIC.stream().anyMatch(pattern::startsWith);
    }

    /** Whether some module answers for the key. */
    public boolean answers(String key) {
        return owners.containsKey(key);
    }

    /** One variable of an address and the key its owner is found under; the variable is null for a free one. */
    public record Key(String variable, String key) {
    }

    /** The keys of an address's variables, in order, free ones with a null variable (for the coverage test too). */
    public static List<Key> keys(String pattern) {
        var keys = new java.util.ArrayList<Key>();
        var matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            var name = matcher.group(1);
            if (FREE.contains(name)) {
                keys.add(new Key(null, name));
            } else if (GENERIC.contains(name)) {
                keys.add(new Key(name, VARIABLE.matcher(pattern.substring(0, matcher.start())).replaceAll("{}") + "{}"));
            } else {
                keys.add(new Key(name, name));
            }
        }
        return keys;
    }
}
