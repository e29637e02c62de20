package org.ariadne.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Professionals trained, by institution and sex, over a set of trainings. A person on the participant lists of two
 * trainings is one professional trained (the same name, as matched by {@link org.ariadne.common.text.NameKey}, in the
 * same institution); a training kept as counts adds its counts, since its persons cannot be told apart.
 */
public record Participation(int trainings, int total, int women, int men, Map<Long, Figures> byInstitution,
        int listed, int counted) {

    /** Women and men of one institution. */
    public record Figures(int women, int men) {

        public int total() {
            return women + men;
        }

        Figures plus(Sex sex, int count) {
            return sex == Sex.FEMALE ? new Figures(women + count, men) : new Figures(women, men + count);
        }
    }

    /** One training's participants as this rule reads them: its counts, or its list of persons. */
    public record Attendance(long trainingId, List<Count> counts, List<Person> people) {

        public Attendance {
            counts = List.copyOf(counts);
            people = List.copyOf(people);
        }
    }

    public record Count(long institutionId, int women, int men) {
    }

    /** A listed person: the matching key of their name, their institution and sex. */
    public record Person(String nameKey, long institutionId, Sex sex) {
    }

    public static final Participation NONE = new Participation(0, 0, 0, 0, Map.of(), 0, 0);

    public Participation {
        byInstitution = java.util.Collections.unmodifiableMap(new TreeMap<>(byInstitution));
    }

    public static Participation of(List<Attendance> attendances) {
        var seen = new LinkedHashSet<String>();
        var byInstitution = new LinkedHashMap<Long, Figures>();
        int listed = 0;
        int counted = 0;
        for (var attendance : attendances) {
            for (var person : attendance.people()) {
                if (seen.add(person.nameKey() + "|" + person.institutionId())) {
                    byInstitution.merge(person.institutionId(), new Figures(0, 0).plus(person.sex(), 1),
                            (a, b) -> new Figures(a.women() + b.women(), a.men() + b.men()));
                    listed++;
                }
            }
            for (var count : attendance.counts()) {
                byInstitution.merge(count.institutionId(), new Figures(count.women(), count.men()),
                        (a, b) -> new Figures(a.women() + b.women(), a.men() + b.men()));
                counted += count.women() + count.men();
            }
        }
        int women = byInstitution.values().stream().mapToInt(Figures::women).sum();
        int men = byInstitution.values().stream().mapToInt(Figures::men).sum();
        return new Participation(attendances.size(), women + men, women, men, byInstitution, listed, counted);
    }

    /** The institutions in the order of their ids, for a table. */
    public List<Map.Entry<Long, Figures>> institutions() {
        return new ArrayList<>(byInstitution.entrySet());
    }
}
