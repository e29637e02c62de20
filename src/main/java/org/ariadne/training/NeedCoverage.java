package org.ariadne.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which needs the training plan covers. A planned training answers the needs of its year, topic and target group of
 * the institutions it invites; its places go to those needs, the most urgent first (then the larger, then the older
 * need). A need is covered when it got places for all its staff, partly covered with some, not covered with none.
 */
public final class NeedCoverage {

    public enum Level {
        COVERED, PARTLY, NOT_COVERED;

        public String messageKey() {
            return "training.coverage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A need as the rule reads it. */
    public record Need(long id, long institutionId, TargetGroup targetGroup, TrainingTopic topic, NeedPriority priority,
            int staff, int year) {
    }

    /** A planned training as the rule reads it. */
    public record Offer(long id, int year, TrainingTopic topic, TargetGroup targetGroup, List<Long> institutionIds,
            int places) {
    }

    /** What a need got: the places, and from which planned trainings. */
    public record Covered(long needId, int places, Level level, List<Long> offers) {
    }

    private NeedCoverage() {
    }

    public static Map<Long, Covered> of(List<Need> needs, List<Offer> offers) {
        var left = new HashMap<Long, Integer>();
        offers.forEach(offer -> left.put(offer.id(), offer.places()));
        var ordered = new ArrayList<>(needs);
        ordered.sort(Comparator.comparing(Need::priority).thenComparing(Comparator.comparingInt(Need::staff).reversed())
                .thenComparingLong(Need::id));
        var result = new HashMap<Long, Covered>();
        for (var need : ordered) {
            int got = 0;
            var from = new ArrayList<Long>();
            for (var offer : offers) {
                if (got >= need.staff() || !answers(offer, need)) {
                    continue;
                }
                int free = left.get(offer.id());
                int taken = Math.min(free, need.staff() - got);
                if (taken > 0) {
                    left.put(offer.id(), free - taken);
                    got += taken;
                    from.add(offer.id());
                }
            }
            var level = got >= need.staff() ? Level.COVERED : got > 0 ? Level.PARTLY : Level.NOT_COVERED;
            result.put(need.id(), new Covered(need.id(), got, level, List.copyOf(from)));
        }
        return result;
    }

    static boolean answers(Offer offer, Need need) {
        return offer.year() == need.year() && offer.topic() == need.topic() && offer.targetGroup() == need.targetGroup()
                && offer.institutionIds().contains(need.institutionId());
    }
}
