package org.ariadne.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;

/**
 * A plan as a test describes it, element by element in the order of the plan's workbook: each specific objective
 * goes under the strategic objective written before it, each activity under the specific objective before it, and
 * each indicator measures the element written last. Built by {@link TestPlans#build}.
 *
 * <p>Defaults: an adopted plan with a unique title running from last year to next year; an activity written before
 * any objective goes under "SO 1 Protection" / "SO 1.1 Identification".
 */
public final class PlanBuilder {

    private String title;
    private String vision;
    private String mission;
    private String principles;
    private int startYear = LocalDate.now().getYear() - 1;
    private int endYear = LocalDate.now().getYear() + 1;
    private PlanStatus status = PlanStatus.ADOPTED;
    final List<Element> elements = new ArrayList<>();

    /** One line of the plan: an objective or an activity, and the indicators measuring it. */
    static final class Element {

        final String code;
        final String title;
        final String description;
        final ThematicArea area;
        final ActivityBuilder activity;
        final List<IndicatorBuilder> indicators = new ArrayList<>();

        Element(String code, String title, String description, ThematicArea area, ActivityBuilder activity) {
            this.code = code;
            this.title = title;
            this.description = description;
            this.area = area;
            this.activity = activity;
        }

        boolean strategic() {
            return area != null;
        }

        boolean activity() {
            return activity != null;
        }
    }

    private PlanBuilder() {
    }

    public static PlanBuilder aPlan() {
        return new PlanBuilder();
    }

    /** The exact title; without it the plan is called "Plan" with a unique suffix. */
    public PlanBuilder titled(String title) {
        this.title = title;
        return this;
    }

    /** A unique title starting with these words. */
    public PlanBuilder named(String words) {
        return titled(Unique.name(words));
    }

    public PlanBuilder running(int startYear, int endYear) {
        this.startYear = startYear;
        this.endYear = endYear;
        return this;
    }

    public PlanBuilder status(PlanStatus status) {
        this.status = status;
        return this;
    }

    public PlanBuilder vision(String vision) {
        this.vision = vision;
        return this;
    }

    public PlanBuilder mission(String mission) {
        this.mission = mission;
        return this;
    }

    public PlanBuilder principles(String principles) {
        this.principles = principles;
        return this;
    }

    public PlanBuilder withStrategicObjective(String code, String title, ThematicArea area) {
        elements.add(new Element(code, title, null, area, null));
        return this;
    }

    public PlanBuilder withSpecificObjective(String code, String title) {
        if (elements.stream().noneMatch(Element::strategic)) {
            withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION);
        }
        elements.add(new Element(code, title, null, null, null));
        return this;
    }

    public PlanBuilder withActivity(ActivityBuilder activity) {
        var specific = lastSpecific();
        if (activity.code() == null) {
            long siblings = elements.subList(elements.indexOf(specific), elements.size()).stream()
                    .filter(Element::activity).count();
            activity.code("A" + specific.code.replace("SO", "").strip() + "." + (siblings + 1));
        }
        var element = new Element(activity.code(), null, null, null, activity);
        element.indicators.addAll(activity.indicators);
        elements.add(element);
        return this;
    }

    /** An indicator of the element written last. */
    public PlanBuilder withIndicator(IndicatorBuilder indicator) {
        if (elements.isEmpty()) {
            throw new IllegalStateException("an indicator measures an objective or activity: write that first");
        }
        elements.get(elements.size() - 1).indicators.add(indicator);
        return this;
    }

    private Element lastSpecific() {
        for (int i = elements.size() - 1; i >= 0; i--) {
            var element = elements.get(i);
            if (element.strategic()) {
                break;
            }
            if (!element.activity()) {
                return element;
            }
        }
        if (elements.stream().noneMatch(Element::strategic)) {
            withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION);
            withSpecificObjective("SO 1.1", "Identification");
        } else {
            var strategic = elements.stream().filter(Element::strategic).reduce((first, second) -> second).orElseThrow();
            withSpecificObjective(strategic.code + ".1", "Specific objective " + strategic.code + ".1");
        }
        return elements.get(elements.size() - 1);
    }

    PlanCommand toCommand() {
        return new PlanCommand(title == null ? Unique.name("Plan") : title, vision, mission, principles, startYear,
                endYear, status);
    }
}
