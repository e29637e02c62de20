package org.ariadne.reporting.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.ariadne.institutions.InstitutionView;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.EvidenceView;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ValueView;
import org.ariadne.reporting.web.PartGrids.PartGroup;
import org.ariadne.reporting.web.PartInputs.ActivityInput;
import org.ariadne.reporting.web.PartInputs.LineInput;
import org.ariadne.reporting.web.PartInputs.ValueInput;

/**
 * What the report page's templates read ({@link ReportPageModel} builds it): the sheet, one block per activity and
 * indicator value with the values for its fields and the reasons next to them, and the workflow forms' state.
 * {@code suppressedBelow} is the disclosure threshold when a value reads {@code [c]} (for the legend), else null.
 */
record ReportView(ReportSheet sheet, ReportStatus status, String periodDates, String deadline, boolean overdue,
        List<String> history, List<MissingItem> missing, long requiredMissing, List<ActivityBlock> activities,
        List<IndicatorBlock> others, boolean editable, boolean reviewing, boolean canReopen,
        List<InstitutionView> sources, Review review, String submitProblem, String reopenProblem,
        String reopenReason, long maxEvidenceBytes, long maxEvidenceMegabytes, String currency,
        List<String> unplaced, List<org.ariadne.reporting.ReportChecks.Warning> warnings, Integer suppressedBelow) {

    public String key() {
        return sheet.period().id() + ":" + sheet.institutionId();
    }

    public String base() {
        return "/reporting/" + sheet.period().id() + "/institutions/" + sheet.institutionId();
    }

    public ActivityStatus[] statuses() {
        return ActivityStatus.values();
    }

    public FundingSourceKind[] fundingKinds() {
        return FundingSourceKind.values();
    }

    public boolean hasProblems() {
        return firstProblem() != null;
    }

    /** The first block whose save came back, for the link at the top of the page. */
    public String firstProblem() {
        return activities.stream().filter(ActivityBlock::hasProblem).map(ActivityBlock::anchor).findFirst()
                .or(() -> values().filter(ValueBlock::hasProblem).map(ValueBlock::anchor).findFirst())
                .orElse(null);
    }

    /** The block of an activity or an indicator value by its anchor, or null. */
    public ActivityBlock activityBlock(String anchor) {
        return activities.stream().filter(block -> block.anchor().equals(anchor)).findFirst().orElse(null);
    }

    public ValueBlock valueBlock(String anchor) {
        return values().filter(block -> block.anchor().equals(anchor)).findFirst().orElse(null);
    }

    public IndicatorBlock indicatorOf(String anchor) {
        return indicators().filter(i -> i.values().stream().anyMatch(v -> v.anchor().equals(anchor)))
                .findFirst().orElse(null);
    }

    private Stream<IndicatorBlock> indicators() {
        return Stream.concat(activities.stream().flatMap(a -> a.indicators().stream()), others.stream());
    }

    private Stream<ValueBlock> values() {
        return indicators().flatMap(i -> i.values().stream());
    }

    record MissingItem(String anchor, String text, boolean required) {
    }

    /** The review form: the overall comment and one per activity, kept as typed when a return is refused. */
    record Review(String comment, Map<Long, String> activityComments, String problem) {

        public String commentFor(long activityId) {
            return activityComments.get(activityId);
        }
    }

    /** What a part shows besides its saved values: the message of its save, and the problem when it came back. */
    /** A block of the form that was saved on its own: what its last save answered, as the page shows it. */
    interface SavedPart {
        PartState state();

        default String message() {
            return state().message();
        }

        default boolean problem() {
            return state().problem();
        }

        default String conflict() {
            return state().conflict();
        }

        default String error(String field) {
            return state().errors().get(field);
        }

        default boolean hasProblem() {
            return state().problem();
        }
    }

    record PartState(String message, boolean problem, Map<String, String> errors, String conflict) {

        static final PartState NONE = new PartState(null, false, Map.of(), null);
    }

    record ActivityBlock(ReportSheet.SheetActivity item, String anchor, int revision, ActivityInput form,
            List<LineInput> lines, PartState state, String lastSaved, List<String> savedSpending,
            List<EvidenceView> evidence, PartState evidenceState, List<IndicatorBlock> indicators)
            implements SavedPart {

        public long id() {
            return item.activity().id();
        }

        public ActivityEntryView saved() {
            return item.entry();
        }

        public String evidenceMessage() {
            return evidenceState.message();
        }

        public boolean evidenceProblem() {
            return evidenceState.problem();
        }
    }

    /**
     * @param notDue why the indicator has no value in this report ("collected half-yearly; next due for 2017-H1"),
     *               null when it has one
     */
    record IndicatorBlock(ReportSheet.SheetIndicator item, String ownerCode, String baseline, String target,
            String typeKey, List<ValueBlock> values, String notDue) {

        public IndicatorView indicator() {
            return item.indicator();
        }

        public boolean percentage() {
            return indicator().type() == IndicatorType.PERCENTAGE;
        }

        public boolean yesNo() {
            return indicator().type() == IndicatorType.YES_NO;
        }

        public String scale() {
            var i = indicator();
            if (i.type() != IndicatorType.SCALE || (i.scaleMin() == null && i.scaleMax() == null)) {
                return null;
            }
            return Objects.toString(PartInputs.plain(i.scaleMin()), "…") + " – "
                    + Objects.toString(PartInputs.plain(i.scaleMax()), "…");
        }
    }

    record ValueBlock(ValueView saved, long indicatorId, String anchor, String label, int revision, ValueInput form,
            List<PartGroup> groups, PartState state, String lastSaved, String savedParts, String computedSource)
            implements SavedPart {

        public String action() {
            return "/indicators/" + indicatorId + "/" + saved.startsOn();
        }

        public String savedTotal() {
            return PartInputs.plain(saved.total());
        }

        public String savedNumerator() {
            return PartInputs.plain(saved.numerator());
        }

        public String savedDenominator() {
            return PartInputs.plain(saved.denominator());
        }

        /** A count the reader sees only protected: written {@code [c]}, with the legend under the report. */
        public boolean suppressed() {
            return saved.suppressed();
        }

        /** The part errors, which are shown under the grid rather than in each small cell. */
        public List<String> partErrors() {
            return state.errors().entrySet().stream().filter(e -> PartInputs.isPartField(e.getKey()))
                    .map(Map.Entry::getValue).distinct().toList();
        }
    }
}
