package org.ariadne.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanDraft;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;

/** The elements of the plan as they are read, row by row, before they become a {@link PlanDraft}. */
final class DraftElements {

    private DraftElements() {
    }

    /** An element that indicators (and, for activities, budget lines) on the rows below it continue. */
    interface Element {
        String code();

        String title();

        List<PlanDraft.IndicatorDraft> indicators();

        ResultLevel defaultLevel();
    }

    static final class StrategicBuilder implements Element {
        final int row;
        final StrategicObjectiveCommand command;
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();
        final List<SpecificBuilder> children = new ArrayList<>();

        StrategicBuilder(int row, StrategicObjectiveCommand command) {
            this.row = row;
            this.command = command;
        }

        public String code() {
            return command.code();
        }

        public String title() {
            return command.title();
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.IMPACT;
        }

        PlanDraft.StrategicObjectiveDraft build() {
            return new PlanDraft.StrategicObjectiveDraft(row, command, List.copyOf(indicators),
                    children.stream().map(SpecificBuilder::build).toList());
        }
    }

    static final class SpecificBuilder implements Element {
        final int row;
        final SpecificObjectiveCommand command;
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();
        final List<ActivityBuilder> children = new ArrayList<>();

        SpecificBuilder(int row, SpecificObjectiveCommand command) {
            this.row = row;
            this.command = command;
        }

        public String code() {
            return command.code();
        }

        public String title() {
            return command.title();
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.OUTCOME;
        }

        PlanDraft.SpecificObjectiveDraft build() {
            return new PlanDraft.SpecificObjectiveDraft(row, command, List.copyOf(indicators),
                    children.stream().map(ActivityBuilder::build).toList());
        }
    }

    static final class ActivityBuilder implements Element {
        final int row;
        final String code;
        final String title;
        String description;
        String expectedResult;
        Long lead;
        final List<Long> supporting = new ArrayList<>();
        String responsiblePerson;
        LocalDate start;
        LocalDate end;
        boolean continuous;
        Frequency frequency;
        String meansOfVerification;
        String assumptions;
        String risks;
        final List<BudgetLineCommand> budget = new ArrayList<>();
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();

        ActivityBuilder(int row, String code, String title) {
            this.row = row;
            this.code = code;
            this.title = title;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.OUTPUT;
        }

        void addSupporting(Long id) {
            if (!supporting.contains(id) && !id.equals(lead)) {
                supporting.add(id);
            }
        }

        PlanDraft.ActivityDraft build() {
            var command = new ActivityCommand(code, title, description, expectedResult, lead, List.copyOf(supporting),
                    responsiblePerson, start, end, continuous, frequency, meansOfVerification, assumptions, risks, null,
                    List.copyOf(budget));
            return new PlanDraft.ActivityDraft(row, command, List.copyOf(indicators));
        }
    }
}
