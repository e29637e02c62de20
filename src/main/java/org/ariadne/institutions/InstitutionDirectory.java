package org.ariadne.institutions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.text.NameKey;

/**
 * A snapshot of the directory for matching names typed by people (spreadsheets, forms): by name, short name or a
 * known alias, in any script or accent, and the closest existing name when nothing matches exactly.
 */
public final class InstitutionDirectory {

    /** How alike two names must be before one is suggested for the other. */
    private static final double SUGGESTION_THRESHOLD = 0.72;

    private final List<InstitutionView> institutions;
    private final Map<Long, InstitutionView> byId = new HashMap<>();
    private final Map<String, InstitutionView> byKey = new HashMap<>();

    InstitutionDirectory(Collection<InstitutionView> institutions) {
        this.institutions = List.copyOf(institutions);
        for (var institution : institutions) {
            byId.put(institution.id(), institution);
            byKey.putIfAbsent(NameKey.of(institution.name()), institution);
            institution.aliases().forEach(alias -> byKey.putIfAbsent(NameKey.of(alias), institution));
        }
        // short names ("KP", "MIA") come last so they never shadow a full name
        for (var institution : institutions) {
            if (institution.shortName() != null) {
                byKey.putIfAbsent(NameKey.of(institution.shortName()), institution);
            }
        }
    }

    public List<InstitutionView> all() {
        return institutions;
    }

    public Optional<InstitutionView> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public String nameOf(Long id) {
        return byId(id).map(InstitutionView::name).orElse(null);
    }

    /** The institution this name means, if the directory knows the name or one of its spellings. */
    public Optional<InstitutionView> find(String name) {
        var key = NameKey.of(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The most similar known institution, to offer when {@link #find} finds nothing. */
    public Optional<InstitutionView> closest(String name) {
        var names = institutions.stream().map(InstitutionView::name).toList();
        return NameKey.bestMatch(name, names, SUGGESTION_THRESHOLD)
                .flatMap(best -> institutions.stream().filter(i -> i.name().equals(best)).findFirst());
    }
}
