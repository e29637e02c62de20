package org.ariadne.audit.web;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where each kind of audited element is looked at or edited, and the kinds the trail can be narrowed to. Kept here
 * as plain paths because the audit module must not depend on the modules whose changes it records.
 */
final class ElementLinks {

    /** The element types written to the trail today, in the order the filter offers them. */
    static final List<String> TYPES = List.of("plan", "strategic-objective", "specific-objective", "activity",
            "indicator", "institution", "user", "reporting-schedule", "holiday", "progress-report", "report-activity",
            "report-value", "report-evidence", "activity-rating", "corrective-action", "half-year-review", "publication",
            "generated-document", "accepted-totals", "victim-case", "data-quality-rule",
            // operationalplan
            "operational-plan", "operational-plan-line",
            // risks, finance, strategy
            "risk", "contingency-scenario", "funding-commitment", "exchange-rate", "strategy", "plan-version",
            // coordination, services
            "meeting", "follow-up-action", "committee-report", "agreement", "coordination-file", "support-service",
            // evaluations
            "evaluation", "evaluation-team-member", "evaluation-criterion", "evaluation-question",
            "evaluation-statement", "evaluation-recommendation", "evaluation-file",
            // plan: the plan's own thematic areas (issue 9)
            "thematic-area",
            // training
            "training-need", "planned-training", "trainer", "training", "training-indicator",
            // recommendations
            "recommendation-source", "recommendation", "recommendation-follow-up", "management-response",
            // workbook: remembered column choices (issue 9)
            "workbook-column-mapping",
            // stakeholders: contacts, the grid's placements, consultation rounds, their links and comments (issue 17)
            "stakeholder-contact", "stakeholder-placement", "consultation-round", "consultation-link",
            "consultation-comment",
            // api: personal access tokens (issue 18)
            "api-token",
            // security: single sign-on rules (issue 18)
            "sign-in-mapping",
            // institutions: regions and municipalities (issue 19)
            "territorial-unit",
            // regional: the regional indicator set and the participants' mappings onto it (issue 19 item 2)
            "regional-indicator", "regional-indicator-mapping",
            // security: the installation's participants (issue 19)
            "participant");

    private ElementLinks() {
    }

    /**
     * The page of the element, or null when there is none the reader may open. {@code hasRole} answers whether the
     * reader holds a role (edit pages of institutions and users are not open to every reader of the trail).
     */
    static String pageOf(String entityType, Long entityId, Long planId, Predicate<String> hasRole) {
        if (entityId == null) {
            return null;
        }
        return switch (entityType) {
            case "plan" -> "/plans/" + entityId;
            case "strategic-objective", "specific-objective" -> planId == null ? null : "/plans/" + planId;
            case "thematic-area" -> planId == null ? null : "/plans/" + planId + "/areas";
            case "activity" -> "/activities/" + entityId;
            case "indicator" -> "/indicators/" + entityId + "/edit";
            case "institution" -> hasRole.test("ADMINISTRATOR") || hasRole.test("ME_OFFICER")
                    ? "/institutions/" + entityId + "/edit" : "/institutions";
            case "user" -> hasRole.test("ADMINISTRATOR") ? "/admin/users/" + entityId : null;
            // security: the participants' page is the installation administrator's; the page itself refuses others
            case "participant" -> hasRole.test("ADMINISTRATOR") ? "/admin/participants/" + entityId : null;
            case "reporting-schedule" -> "/reporting/plans/" + entityId + "/schedule";
            case "progress-report", "report-activity", "report-value", "report-evidence" ->
                    planId == null ? null : "/reporting/plans/" + planId + "/completeness";
            case "activity-rating", "half-year-review" -> planId == null ? null : "/plans/" + planId + "/review";
            case "corrective-action" -> planId == null ? null : "/plans/" + planId + "/corrective-actions#ca-" + entityId;
            case "publication" -> planId == null ? null : "/plans/" + planId + "/publication";
            case "generated-document" -> "/documents/" + entityId;
            case "accepted-totals" -> "/plans/" + entityId + "/dashboard";
            case "victim-case" -> hasRole.test("VICTIM_DATA_OFFICER") ? "/victim-data/cases/" + entityId : null;
            case "data-quality-rule" -> planId == null ? null : "/plans/" + planId + "/data-quality/rules";
            // operationalplan: the plan's operational plans (the year is the entry's label)
            case "operational-plan", "operational-plan-line" ->
                    planId == null ? null : "/plans/" + planId + "/operational-plans";
            case "risk" -> planId == null ? null : "/plans/" + planId + "/risks";
            case "contingency-scenario" -> "/scenarios/" + entityId;
            case "funding-commitment" -> planId == null ? null : "/plans/" + planId + "/finance";
            case "exchange-rate" -> "/finance/rates";
            case "strategy" -> "/strategies/" + entityId;
            case "plan-version" -> planId == null ? null : "/plans/" + planId + "/versions";
            // coordination, services
            case "meeting" -> "/meetings/" + entityId;
            case "follow-up-action" -> "/follow-up-actions#action-" + entityId;
            case "committee-report" -> "/committee-reports#report-" + entityId;
            case "agreement" -> "/agreements/" + entityId;
            case "coordination-file" -> null;
            case "support-service" -> "/services#service-" + entityId;
            // evaluations: the evaluation's page (the entry's label names the evaluation; its own page checks the reader)
            case "evaluation" -> "/evaluations/" + entityId;
            // training
            case "training-need" -> "/trainings/needs";
            case "planned-training" -> "/trainings/plan";
            case "trainer" -> "/trainers#trainer-" + entityId;
            case "training" -> "/trainings/" + entityId;
            case "training-indicator" -> "/trainings/indicators";
            // stakeholders: the contact's edit page, the plan's grid, the round's page (links and comments are on it,
            // and the trail of a link or comment does not keep its round)
            case "stakeholder-contact" -> "/stakeholders/contacts/" + entityId + "/edit";
            case "stakeholder-placement" -> planId == null ? null : "/plans/" + planId + "/stakeholders";
            case "consultation-round" -> "/consultations/" + entityId;
            case "consultation-link", "consultation-comment" ->
                    planId == null ? null : "/plans/" + planId + "/consultations";
            // api: a token is listed on its owner's account page only
            case "api-token" -> null;
            // institutions: regions and municipalities, edited by the administrator on the units page
            case "territorial-unit" -> hasRole.test("ADMINISTRATOR") ? "/territorial-units/" + entityId + "/edit"
                    : "/territorial-units";
            // recommendations: a follow-up note and a response are shown on their recommendation's page, whose id
            // the trail does not keep; the tracker of the plan instead
            case "recommendation-source" -> "/recommendations/sources/" + entityId;
            case "recommendation" -> "/recommendations/" + entityId;
            case "recommendation-follow-up", "management-response" ->
                    planId == null ? "/recommendations" : "/recommendations?plan=" + planId;
            // regional: the set is edited by the regional officer, mapped on the M&E officer's page
            case "regional-indicator" -> hasRole.test("REGIONAL_OFFICER") ? "/regional/indicators/" + entityId + "/edit"
                    : "/regional/mapping";
            case "regional-indicator-mapping" -> "/regional/mapping";
            default -> null;
        };
    }

    static String historyOf(String entityType, Long entityId) {
        return entityId == null ? null : "/audit/history/" + entityType + "/" + entityId;
    }
}
