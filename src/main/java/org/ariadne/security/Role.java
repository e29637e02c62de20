package org.ariadne.security;

/** The roles of DOMAIN.md. A person may hold several (an M&E officer who also administers users). */
public enum Role {
    /** IT of the ministry: users, institutions, settings. */
    ADMINISTRATOR,
    /** The national coordinator: reads everything, approves reports and reviews, publishes. */
    COORDINATOR,
    /** ONATC staff: builds and revises the plan, reviews submissions, rates progress, generates reports. */
    ME_OFFICER,
    /** Fills and submits the progress reports of their own institution only. */
    FOCAL_POINT,
    /** National Authority members and donors: read the plan, dashboards and accepted reports. */
    MEMBER,
    /** Independent expert, time-boxed: reads plan, submissions and reviews. */
    EVALUATOR,
    /** The named few who see case-level victim data. */
    VICTIM_DATA_OFFICER,
    /**
     * The coordinator of a region or municipality (issue 19): manages the plans of its unit and the units below it
     * (the unit of its institution), reads the national plan; see {@code plan.TerritorialScope}.
     */
    LOCAL_COORDINATOR,
    /**
     * The regional body's staff (issue 19, seed 004): belongs to no participant, compares the participants side by
     * side on the regional indicator set and the seed's criteria, keeps that set; see {@code regional}.
     */
    REGIONAL_OFFICER;

    /** The authority name Spring Security checks ({@code hasRole('ME_OFFICER')}). */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
