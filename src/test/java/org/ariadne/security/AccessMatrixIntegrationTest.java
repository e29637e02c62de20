package org.ariadne.security;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ariadne.dataquality.CheckKind;
import org.ariadne.dataquality.DataQuality;
import org.ariadne.dataquality.RuleCommand;
import org.ariadne.documents.DocumentKind;
import org.ariadne.documents.DocumentRequest;
import org.ariadne.documents.GeneratedDocuments;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.Publishing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.MatchProposal;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.linkage.Sex;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import jakarta.servlet.RequestDispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The access matrix: every route the application answers (as its handler mappings list them) asked by every role,
 * the focal point both for their own institution and for another one, against one table of expected answers. A new
 * route without a row, or a row for a route that is gone, fails the build; so does any answer the table does not
 * give. It checks who gets past the door, not what the page then shows: the access tests of each module (which this
 * replaces none of) check the content.
 *
 * <p>Every address is filled from one fixture: the police (institution A) lead two activities of a plan and have a
 * draft report with evidence for the last ended quarter, an activity rated 2 with a corrective action the police own,
 * a generated quarterly summary, the plan and that summary on the portal; the shelter's report of the quarter is
 * submitted. "Own" is the police's focal point, "other"
 * the shelter's (institution B). Everyone signs in through the sign-in form with an account of their own (the
 * evaluator's access runs for three more months). Posts carry a valid CSRF token and a well-formed request that a
 * permitted person would see refused only for its content (a stale version, an empty or invalid form): that still
 * counts as past the access check. Deletions and confirmations act on a thing made for them, made again once a
 * permitted person used it up, and a refused deletion must leave it in place. Besides the status, every answer to
 * someone who may not read the police's draft is searched for the draft's text (pages, CSV, inside Excel files),
 * and likewise for the text of the shelter's report, submitted and not accepted, which members may not read.
 */
@AriadneIntegrationTest
class AccessMatrixIntegrationTest {

    @Autowired
    org.ariadne.strategy.Strategies strategies; // strategy

    /** The columns of the table, in order. */
    enum Who {
        ANONYMOUS, ADMINISTRATOR, COORDINATOR, ME_OFFICER, FOCAL_POINT_OWN, FOCAL_POINT_OTHER, MEMBER, EVALUATOR,
        VICTIM_DATA_OFFICER
    }

    enum Outcome {
        /** 2xx, a redirect anywhere but the sign-in page, or 400/409/422 for the content after the access check. */
        ALLOWED("ok"),
        /** 403, or 404 where the application hides that the thing exists. */
        REFUSED("no"),
        /** Sent to the sign-in page. */
        SIGN_IN("in"),
        /** A server error: never expected. */
        ERROR("!!");

        final String code;

        Outcome(String code) {
            this.code = code;
        }

        static Outcome of(String code) {
            for (var outcome : values()) {
                if (outcome.code.equals(code)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("unknown outcome '" + code + "'");
        }
    }

    /**
     * One row per route: the answer for each column, then the route as Spring maps it (method, pattern, and the
     * parameter a second mapping of the same pattern requires). Derived from the role table of DOMAIN.md and the
     * rules each module states (ReportAccess, DashboardCharts, the READERS of review, audit and documents).
     */
    static final String EXPECTED = """
            # ok allowed   no refused (403/404)   in sent to sign-in
            #
            # an = anonymous, ad = administrator, co = coordinator, me = M&E officer, fo = focal point of the owning
            # institution, fx = focal point of another institution, mb = member, ev = evaluator (inside the access
            # window), vd = victim-data officer
            #
            # an ad co me fo fx mb ev vd   route
            # -- the frame, sign-in, the public portal
              in ok ok ok ok ok ok ok ok   GET /
              ok ok ok ok ok ok ok ok ok   GET /login
              ok ok ok ok ok ok ok ok ok   ANY /error
              ok ok ok ok ok ok ok ok ok   ANY /error [text/html]
              ok ok ok ok ok ok ok ok ok   GET /actuator/health
            # the health's parts are not shown to anyone (show-details: never), and only /actuator/health is public;
            # the actuator has no index (issue 10): should one come back, it is a route without a row here
              in no no no no no no no no   GET /actuator/health/**
            # the metrics for Prometheus: the administrator's on the application port (a scraper without a session
            # reads them on the separate management port, README "Running more than one node")
              in ok no no no no no no no   GET /actuator/prometheus
              ok ok ok ok ok ok ok ok ok   GET /portal
              ok ok ok ok ok ok ok ok ok   GET /portal/plans/{planId}
              ok ok ok ok ok ok ok ok ok   GET /portal/plans/{planId}/tables/{name}.{format}
              ok ok ok ok ok ok ok ok ok   GET /portal/plans/{planId}/reports/{publicationId}.{format}
            # -- one's own account and notices
              in ok ok ok ok ok ok ok ok   GET /account
              in ok ok ok ok ok ok ok ok   POST /account/password
              in ok ok ok ok ok ok ok ok   POST /account/language
              in ok ok ok ok ok ok ok ok   GET /notices
              in ok ok ok ok ok ok ok ok   POST /notices/read
            # one notice marked read: the fixture's is the police's, so only their focal point finds it
              in no no no ok no no no no   POST /notices/{id}/read
            # -- the search box: everyone signed in; each source answers only what the reader may open
              in ok ok ok ok ok ok ok ok   GET /search
            # -- user accounts: the administrator only
              in ok no no no no no no no   GET /admin/users
              in ok no no no no no no no   GET /admin/users.csv
              in ok no no no no no no no   GET /admin/users.xlsx
              in ok no no no no no no no   GET /admin/users/new
              in ok no no no no no no no   POST /admin/users/new
              in ok no no no no no no no   GET /admin/users/{id}
              in ok no no no no no no no   POST /admin/users/{id}
              in ok no no no no no no no   GET /admin/users/{id}/password
              in ok no no no no no no no   POST /admin/users/{id}/password
              in ok no no no no no no no   POST /admin/users/{id}/unlock
            # -- the directory of institutions: read by all, kept by the administrator and the M&E officer
              in ok ok ok ok ok ok ok ok   GET /institutions
              in ok ok ok ok ok ok ok ok   GET /institutions.{format:csv|xlsx}
              in ok no ok no no no no no   GET /institutions/new
              in ok no ok no no no no no   POST /institutions/new
              in ok no ok no no no no no   GET /institutions/{id}/edit
              in ok no ok no no no no no   POST /institutions/{id}/edit
            # -- the plan: read by everyone signed in, built by the M&E officer
              in ok ok ok ok ok ok ok ok   GET /plans
              in ok ok ok ok ok ok ok ok   GET /plans.{format:csv|xlsx}
              in ok ok ok ok ok ok ok ok   GET /plans/{id}
              in ok ok ok ok ok ok ok ok   GET /plans/{id}/matrix
              in ok ok ok ok ok ok ok ok   GET /plans/{id}/matrix.{format:csv|xlsx}
              in ok ok ok ok ok ok ok ok   GET /activities/{id}
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/export.xlsx
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/export.csv
              in ok ok ok ok ok ok ok ok   GET /plans/workbook-template.xlsx
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/quality
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/quality.csv
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/quality.xlsx
              in no no ok no no no no no   GET /plans/new
              in no no ok no no no no no   POST /plans/new
              in no no ok no no no no no   GET /plans/{id}/edit
              in no no ok no no no no no   POST /plans/{id}/edit
              in no no ok no no no no no   GET /plans/{id}/delete
              in no no ok no no no no no   POST /plans/{id}/delete
              in no no ok no no no no no   GET /plans/{planId}/strategic-objectives/new
              in no no ok no no no no no   POST /plans/{planId}/strategic-objectives/new
              in no no ok no no no no no   GET /strategic-objectives/{id}/edit
              in no no ok no no no no no   POST /strategic-objectives/{id}/edit
              in no no ok no no no no no   GET /strategic-objectives/{id}/delete
              in no no ok no no no no no   POST /strategic-objectives/{id}/delete
              in no no ok no no no no no   POST /strategic-objectives/{id}/move
              in no no ok no no no no no   GET /strategic-objectives/{ownerId}/indicators/new
              in no no ok no no no no no   POST /strategic-objectives/{ownerId}/indicators/new
              in no no ok no no no no no   GET /strategic-objectives/{parentId}/specific-objectives/new
              in no no ok no no no no no   POST /strategic-objectives/{parentId}/specific-objectives/new
              in no no ok no no no no no   GET /specific-objectives/{id}/edit
              in no no ok no no no no no   POST /specific-objectives/{id}/edit
              in no no ok no no no no no   GET /specific-objectives/{id}/delete
              in no no ok no no no no no   POST /specific-objectives/{id}/delete
              in no no ok no no no no no   POST /specific-objectives/{id}/move
              in no no ok no no no no no   GET /specific-objectives/{ownerId}/indicators/new
              in no no ok no no no no no   POST /specific-objectives/{ownerId}/indicators/new
              in no no ok no no no no no   GET /specific-objectives/{parentId}/activities/new
              in no no ok no no no no no   POST /specific-objectives/{parentId}/activities/new
              in no no ok no no no no no   GET /activities/{id}/edit
              in no no ok no no no no no   POST /activities/{id}/edit
              in no no ok no no no no no   GET /activities/{id}/delete
              in no no ok no no no no no   POST /activities/{id}/delete
              in no no ok no no no no no   POST /activities/{id}/move
              in no no ok no no no no no   GET /activities/{ownerId}/indicators/new
              in no no ok no no no no no   POST /activities/{ownerId}/indicators/new
              in no no ok no no no no no   GET /indicators/{id}/edit
              in no no ok no no no no no   POST /indicators/{id}/edit
              in no no ok no no no no no   GET /indicators/{id}/delete
              in no no ok no no no no no   POST /indicators/{id}/delete
              in no no ok no no no no no   POST /indicators/{id}/move
            # -- plan workbook import: the M&E officer; a preview belongs to whoever uploaded it
              in no no ok no no no no no   GET /plans/import
              in no no ok no no no no no   POST /plans/import
              in no no ok no no no no no   GET /plans/{planId}/import
              in no no ok no no no no no   POST /plans/{planId}/import
              in no no ok no no no no no   GET /imports/{token}
              in no no ok no no no no no   POST /imports/{token}
              in no no ok no no no no no   POST /imports/{token}/confirm
              in no no ok no no no no no   POST /imports/{token}/cancel
            # -- dashboards: the plan's for everyone signed in; an institution's for the office, members,
            #    evaluators and that institution's own focal points, also when the plan's is narrowed to it
            #    (asked with &institution=A)
              in no ok ok ok no ok ok no   GET /plans/{planId}/dashboard
              in no ok ok ok no ok ok no   GET /plans/{planId}/dashboard?download
              in ok ok ok ok ok ok ok ok   GET /indicators/{indicatorId}/dashboard
              in ok ok ok ok ok ok ok ok   GET /indicators/{indicatorId}/dashboard?download
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/budget
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/budget?download
              in no ok ok ok no ok ok no   GET /plans/{planId}/institutions/{institutionId}/dashboard
              in no ok ok ok no ok ok no   GET /plans/{planId}/institutions/{institutionId}/dashboard?download
            # -- a draft progress report of institution A: filled by A's focal points, read by the office
              in ok ok ok ok ok ok ok ok   GET /reporting
              in no ok ok ok no no no no   GET /reporting/{periodId}/institutions/{institutionId}
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/activities/{activityId}
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/indicators/{indicatorId}/{startsOn}
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/submit
              in no ok ok no no no no no   POST /reporting/{periodId}/institutions/{institutionId}/return
              in no ok ok no no no no no   POST /reporting/{periodId}/institutions/{institutionId}/accept
              in no no ok no no no no no   POST /reporting/{periodId}/institutions/{institutionId}/reopen
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/evidence
              in no ok ok ok no no no no   GET /reporting/evidence/{id}
              in no no no ok no no no no   POST /reporting/evidence/{id}/delete
              in no ok ok ok no no no no   GET /reporting/{periodId}/institutions/{institutionId}/workbook.xlsx
              in no no no ok no no no no   GET /reporting/{periodId}/institutions/{institutionId}/workbook
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/workbook
              in no no no ok no no no no   GET /reporting/{periodId}/institutions/{institutionId}/workbook/{token}
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/workbook/{token}/confirm
              in no no no ok no no no no   POST /reporting/{periodId}/institutions/{institutionId}/workbook/{token}/cancel
            # -- reporting around the reports
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/waiting.{format:csv|xlsx}
              in no no no ok ok no no no   GET /reporting/plans/{planId}/own-reports.{format:csv|xlsx}
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/completeness
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/completeness.csv
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/completeness.xlsx
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/overdue
              in no ok ok no no no no no   POST /reporting/plans/{planId}/bulk
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/overdue.csv
              in no ok ok no no no ok no   GET /reporting/plans/{planId}/overdue.xlsx
              in no no ok no no no no no   GET /reporting/plans/{planId}/schedule
              in no no ok no no no no no   POST /reporting/plans/{planId}/schedule
              in ok no ok no no no no no   GET /reporting/holidays
              in ok no ok no no no no no   POST /reporting/holidays
              in ok no ok no no no no no   POST /reporting/holidays/{id}/delete
            # -- half-year review and corrective actions
              in no ok ok no no ok ok no   GET /plans/{planId}/review
              in no ok ok no no ok ok no   GET /plans/{planId}/review.{format:csv|xlsx}
              in no no ok no no no no no   POST /plans/{planId}/review/activities/{activityId}/rating
              in no no ok no no no no no   POST /plans/{planId}/review/activities/{activityId}/corrective-actions
              in no ok no no no no no no   POST /plans/{planId}/review/approve
              in no no ok no no no no no   POST /plans/{planId}/review/reopen
              in no no ok no no no no no   POST /plans/{planId}/review/ratings
              in no ok ok ok ok ok ok no   GET /plans/{planId}/corrective-actions
              in no ok ok ok ok ok ok no   GET /plans/{planId}/corrective-actions.{format:csv|xlsx}
              in no no ok ok no no no no   POST /corrective-actions/{id}/status
              in no no ok no no no no no   POST /corrective-actions/{id}/edit
            # -- generated reports and publication
              in no ok ok no no ok ok no   GET /plans/{planId}/documents
              in no ok ok no no no no no   POST /plans/{planId}/documents
              in no ok ok no no ok ok no   GET /documents/{id}
              in no ok ok no no ok ok no   GET /documents/{id}/download.{format}
              in no ok ok no no ok ok no   GET /documents/{id}/annex.{format}
              in no ok ok no no no no no   GET /plans/{planId}/publication
              in no ok ok no no no no no   GET /plans/{planId}/publication/preview
              in no ok ok no no no no no   GET /plans/{planId}/publication/preview/tables/{name}.{format}
              in no ok ok no no no no no   GET /plans/{planId}/publication/preview/documents/{documentId}.{format}
              in no ok no no no no no no   POST /plans/{planId}/publication
              in no ok no no no no no no   POST /plans/{planId}/publication/{publicationId}/withdraw
            # -- the victim register: case-level data for victim-data officers only; its access log also for the
            #    coordinator, who reviews it without opening any case
              in no no no no no no no ok   GET /victim-data/cases
              in no no no no no no no ok   GET /victim-data/cases.{format:csv|xlsx}
              in no no no no no no no ok   GET /victim-data/cases/new
              in no no no no no no no ok   POST /victim-data/cases/new
              in no no no no no no no ok   GET /victim-data/cases/{id}
              in no no no no no no no ok   GET /victim-data/cases/{id}/edit
              in no no no no no no no ok   POST /victim-data/cases/{id}/edit
              in no no no no no no no ok   POST /victim-data/cases/{id}/matches/{earlierId}/confirm
              in no no no no no no no ok   POST /victim-data/cases/{id}/matches/{earlierId}/reject
              in no no no no no no no ok   POST /victim-data/cases/{id}/link
              in no ok no no no no no ok   GET /victim-data/access-log
              in no ok no no no no no ok   GET /victim-data/access-log.{format:csv|xlsx}
            # -- the victim register's statistics: aggregates only, exact for victim-data officers, the coordinator and
            #    M&E officers, protected (small counts suppressed) for members and evaluators; the downloads likewise
              in no ok ok no no ok ok ok   GET /victim-data/statistics
              in no ok ok no no ok ok ok   GET /victim-data/statistics/table.{format:csv|xlsx}
              in no ok ok no no ok ok ok   GET /victim-data/statistics/export.{format:csv|xlsx}
            # -- data-quality checks: the office reads the figures they flag and sets them; institutions see their
            #    own report's flags on the report page (its own rules)
              in no ok ok no no no no no   GET /plans/{planId}/data-quality
              in no ok ok no no no no no   GET /plans/{planId}/data-quality.{format:csv|xlsx}
              in no ok ok no no no no no   GET /plans/{planId}/data-quality/rules
              in no ok ok no no no no no   POST /plans/{planId}/data-quality/rules
              in no ok ok no no no no no   POST /plans/{planId}/data-quality/rules/{ruleId}/remove
            # -- the audit trail: the office, the administrator and evaluators; the history of a draft report's
            #    activity only for those who may read the draft
              in ok ok ok no no no ok ok   GET /audit
              in ok ok ok no no no ok ok   GET /audit.csv
              in ok ok ok no no no ok ok   GET /audit.xlsx
              in no ok ok no no no no no   GET /audit/history/{entityType}/{entityId}
              in no ok ok no no no no no   GET /audit/history/{entityType}/{entityId}.csv
              in no ok ok no no no no no   GET /audit/history/{entityType}/{entityId}.xlsx
            # -- finance: the finance page, the donor round and the rates are read by everyone signed in (as the budget
            #    page); commitments and exchange rates are kept by the coordinator and the M&E officer
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/finance
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/finance/donor-round.{format:csv|xlsx}
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/finance/donor-funds.{format:csv|xlsx}
              in no ok ok no no no no no   GET /plans/{planId}/commitments/new
              in no ok ok no no no no no   POST /plans/{planId}/commitments/new
              in no ok ok no no no no no   GET /commitments/{id}/edit
              in no ok ok no no no no no   POST /commitments/{id}/edit
              in no ok ok no no no no no   POST /commitments/{id}/delete
              in ok ok ok ok ok ok ok ok   GET /finance/rates
              in no ok ok no no no no no   POST /finance/rates
              in no ok ok no no no no no   POST /finance/rates/{id}/delete
            # -- risks: the register and the scenarios read by everyone who reads the plan (everyone signed in), kept
            #    by the M&E officer and the coordinator; only the coordinator activates or deactivates a scenario
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/risks
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/risks.{format:csv|xlsx}
              in no ok ok no no no no no   GET /plans/{planId}/risks/new
              in no ok ok no no no no no   POST /plans/{planId}/risks/new
              in no ok ok no no no no no   GET /risks/{id}/edit
              in no ok ok no no no no no   POST /risks/{id}/edit
              in no ok ok no no no no no   POST /risks/{id}/delete
              in no ok ok no no no no no   POST /risks/{id}/reviewed
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/scenarios
              in no ok ok no no no no no   POST /plans/{planId}/scenarios/usual
              in no ok ok no no no no no   GET /plans/{planId}/scenarios/new
              in no ok ok no no no no no   POST /plans/{planId}/scenarios/new
              in ok ok ok ok ok ok ok ok   GET /scenarios/{id}
              in no ok ok no no no no no   GET /scenarios/{id}/edit
              in no ok ok no no no no no   POST /scenarios/{id}/edit
              in no ok ok no no no no no   POST /scenarios/{id}/delete
              in no ok no no no no no no   POST /scenarios/{id}/activate
              in no ok no no no no no no   POST /scenarios/{id}/deactivate
            # -- versions of the plan (versions): read as the plan is; the office opens a revision and drops
            #    activities in it, the coordinator adopts it
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/versions
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/versions/{number}
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/versions/compare
              in no ok ok no no no no no   POST /plans/{planId}/versions/revision
              in no ok ok no no no no no   POST /plans/{planId}/versions/revision/activities/{activityId}/drop
              in no ok ok no no no no no   POST /plans/{planId}/versions/revision/activities/{activityId}/restore
              in no ok no no no no no no   GET /plans/{planId}/versions/revision/adopt
              in no ok no no no no no no   POST /plans/{planId}/versions/revision/adopt
            # -- strategies (strategy): read as plans are; the coordinator creates and changes them
              in ok ok ok ok ok ok ok ok   GET /strategies
              in ok ok ok ok ok ok ok ok   GET /strategies/{id}
              in no ok no no no no no no   GET /strategies/new
              in no ok no no no no no no   POST /strategies/new
              in no ok no no no no no no   GET /strategies/{id}/edit
              in no ok no no no no no no   POST /strategies/{id}/edit
              in no ok no no no no no no   POST /strategies/{id}/plans
              in no ok no no no no no no   POST /strategies/{id}/plans/{planId}/remove
            # -- operationalplan: the annual operational plans, read by whoever reads the plan (everyone signed in),
            #    drafted and decided line by line by the M&E officer, approved and reopened by the coordinator
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/operational-plans
              in no no ok no no no no no   POST /plans/{planId}/operational-plans
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/operational-plans/{year}
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/operational-plans/{year}/download.{format}
              in no no ok no no no no no   GET /plans/{planId}/operational-plans/{year}/lines/{lineId}
              in no no ok no no no no no   POST /plans/{planId}/operational-plans/{year}/lines/{lineId}
              in no ok no no no no no no   POST /plans/{planId}/operational-plans/{year}/approve
              in no ok no no no no no no   POST /plans/{planId}/operational-plans/{year}/reopen
            # -- coordination: meetings, follow-up actions and monthly reports read by the office, members and focal
            #    points (a focal point: the meetings their institution is invited to, the actions it owns, its
            #    committee's reports; the fixture's meeting invites the police); agreements read by the office and
            #    members; the office keeps them all; the owner's focal point updates its action's status
              in no ok ok ok ok ok no no   GET /coordination
              in no ok ok ok ok ok no no   GET /meetings
              in no ok ok ok ok ok no no   GET /meetings.{format:csv|xlsx}
              in no ok ok no no no no no   GET /meetings/new
              in no ok ok no no no no no   POST /meetings/new
              in no ok ok ok no ok no no   GET /meetings/{id}
              in no ok ok no no no no no   GET /meetings/{id}/edit
              in no ok ok no no no no no   POST /meetings/{id}/edit
              in no ok ok no no no no no   POST /meetings/{id}/delete
              in no ok ok ok no ok no no   GET /meetings/{id}/invitation.ics
              in no ok ok no no no no no   POST /meetings/{id}/files
              in no ok ok no no no no no   GET /meetings/{id}/actions/new
              in no ok ok no no no no no   POST /meetings/{id}/actions/new
              in no ok ok ok no ok no no   GET /coordination/files/{id}
              in no ok ok no no no no no   POST /coordination/files/{id}/delete
              in no ok ok ok ok ok no no   GET /follow-up-actions
              in no ok ok ok ok ok no no   GET /follow-up-actions.{format:csv|xlsx}
              in no ok ok no no no no no   GET /follow-up-actions/{id}/edit
              in no ok ok no no no no no   POST /follow-up-actions/{id}/edit
              in no ok ok no no no no no   POST /follow-up-actions/{id}/delete
              in no ok ok ok no no no no   POST /follow-up-actions/{id}/status
              in no ok ok ok ok ok no no   GET /committee-reports
              in no ok ok ok ok ok no no   GET /committee-reports.{format:csv|xlsx}
              in no ok ok ok ok no no no   GET /committee-reports/new
              in no ok ok ok ok no no no   POST /committee-reports/new
              in no ok ok ok no no no no   GET /committee-reports/{id}/edit
              in no ok ok ok no no no no   POST /committee-reports/{id}/edit
              in no ok ok no no ok no no   GET /agreements
              in no ok ok no no ok no no   GET /agreements.{format:csv|xlsx}
              in no ok ok no no no no no   GET /agreements/new
              in no ok ok no no no no no   POST /agreements/new
              in no ok ok no no ok no no   GET /agreements/{id}
              in no ok ok no no no no no   GET /agreements/{id}/edit
              in no ok ok no no no no no   POST /agreements/{id}/edit
              in no ok ok no no no no no   POST /agreements/{id}/delete
              in no ok ok no no no no no   POST /agreements/{id}/notes
              in no ok ok no no no no no   POST /agreements/{id}/files
            # -- services: the directory read by everyone signed in, kept by the office
              in ok ok ok ok ok ok ok ok   GET /services
              in ok ok ok ok ok ok ok ok   GET /services.{format:csv|xlsx}
              in no ok ok no no no no no   GET /services/new
              in no ok ok no no no no no   POST /services/new
              in no ok ok no no no no no   GET /services/{id}/edit
              in no ok ok no no no no no   POST /services/{id}/edit
            # -- evaluations: the officer keeps them and their team; the coordinator reads them and may mark one
            #    final; members read final ones only (the fixture's is in progress); the matrix evaluator is on the
            #    fixture's team with a window open today, so works on it; nobody else opens any
              in no ok ok no no ok ok no   GET /evaluations
              in no no ok no no no no no   GET /evaluations/new
              in no no ok no no no no no   POST /evaluations/new
              in no ok ok no no no ok no   GET /evaluations/{evaluationId}
              in no ok ok no no no ok no   GET /evaluations/{evaluationId}/matrix.{format:csv|xlsx}
              in no ok ok no no no ok no   GET /evaluations/{evaluationId}/files/{fileId}
              in no no ok no no no ok no   POST /evaluations/{evaluationId}/files
              in no no ok no no no no no   GET /evaluations/{evaluationId}/edit
              in no no ok no no no no no   POST /evaluations/{evaluationId}/edit
              in no ok ok no no no no no   POST /evaluations/{evaluationId}/status
              in no no ok no no no no no   GET /evaluations/{evaluationId}/team/new
              in no no ok no no no no no   POST /evaluations/{evaluationId}/team/new
              in no no ok no no no no no   GET /evaluations/{evaluationId}/team/{memberId}/edit
              in no no ok no no no no no   POST /evaluations/{evaluationId}/team/{memberId}/edit
              in no no ok no no no ok no   GET /evaluations/{evaluationId}/questions/new
              in no no ok no no no ok no   POST /evaluations/{evaluationId}/questions/new
              in no no ok no no no ok no   GET /evaluations/{evaluationId}/criteria/{criterion}
              in no no ok no no no ok no   POST /evaluations/{evaluationId}/criteria/{criterion}
              in no no ok no no no ok no   GET /evaluations/{evaluationId}/statements/new
              in no no ok no no no ok no   POST /evaluations/{evaluationId}/statements/new
              in no no ok no no no ok no   GET /evaluations/{evaluationId}/recommendations/new
              in no no ok no no no ok no   POST /evaluations/{evaluationId}/recommendations/new
            # -- plan: the thematic areas the plan defines (issue 9), read as the plan is, kept by the M&E officer
              in ok ok ok ok ok ok ok ok   GET /plans/{id}/areas
              in no no ok no no no no no   POST /plans/{id}/areas
              in no no ok no no no no no   POST /plans/{id}/areas/{areaId}
              in no no ok no no no no no   POST /plans/{id}/areas/{areaId}/move
              in no no ok no no no no no   POST /plans/{id}/areas/{areaId}/delete
            # -- training (capacity building): the figures for everyone signed in; trainings and needs recorded by
            #    the M&E officer and by focal points for their own institution (the fixture's are the police's), read
            #    by the office; the plan, the pool and the indicator links kept by the officer; the participant list
            #    downloaded by the office only; an upload's preview opens for its uploader (the officer) only
              in ok ok ok ok ok ok ok ok   GET /trainings
              in no no ok ok ok no no no   GET /trainings/new
              in no no ok ok ok no no no   POST /trainings/new
              in no ok ok ok no no no no   GET /trainings/{id}
              in no no ok ok no no no no   GET /trainings/{id}/edit
              in no no ok ok no no no no   POST /trainings/{id}/edit
              in no no ok ok no no no no   POST /trainings/{id}/delete
              in no no ok ok no no no no   GET /trainings/{id}/participants
              in no no ok ok no no no no   POST /trainings/{id}/participants/upload
              in no no ok no no no no no   GET /trainings/{id}/participants/upload/{token}
              in no no ok no no no no no   POST /trainings/{id}/participants/upload/{token}/confirm
              in no no ok no no no no no   POST /trainings/{id}/participants/upload/{token}/cancel
              in no no ok ok no no no no   POST /trainings/{id}/participants/typed
              in no no ok ok no no no no   POST /trainings/{id}/participants/drop
              in no ok ok no no no no no   GET /trainings/{id}/participants.xlsx
              in no no ok ok ok no no no   GET /trainings/participants-template.xlsx
              in no ok ok ok ok no no no   GET /trainings/needs
              in no no ok ok ok no no no   GET /trainings/needs/new
              in no no ok ok ok no no no   POST /trainings/needs/new
              in no no ok ok no no no no   GET /trainings/needs/{id}/edit
              in no no ok ok no no no no   POST /trainings/needs/{id}/edit
              in no no ok ok no no no no   POST /trainings/needs/{id}/delete
              in no ok ok ok ok no no no   GET /trainings/plan
              in no no ok no no no no no   GET /trainings/plan/new
              in no no ok no no no no no   POST /trainings/plan/new
              in no no ok no no no no no   GET /trainings/plan/{id}/edit
              in no no ok no no no no no   POST /trainings/plan/{id}/edit
              in no no ok no no no no no   POST /trainings/plan/{id}/delete
              in no ok ok ok ok no no no   GET /trainers
              in no no ok no no no no no   GET /trainers/new
              in no no ok no no no no no   POST /trainers/new
              in no no ok no no no no no   GET /trainers/{id}/edit
              in no no ok no no no no no   POST /trainers/{id}/edit
              in no no ok no no no no no   POST /trainers/{id}/delete
              in no ok ok no no no no no   GET /trainings/indicators
              in no no ok no no no no no   POST /trainings/indicators
              in no no ok no no no no no   POST /trainings/indicator-links/{id}/delete
              in ok ok ok ok ok ok ok ok   GET /trainings/figures.{format:csv|xlsx}
              in no ok ok ok ok no no no   GET /trainings/needs.{format:csv|xlsx}
              in no ok ok ok ok no no no   GET /trainings/plan.{format:csv|xlsx}
              in no ok ok ok ok no no no   GET /trainers.{format:csv|xlsx}
              in no ok ok no no no no no   GET /trainings/indicators.{format:csv|xlsx}
            # -- recommendations: the tracker read by everyone signed in, a focal point only what is addressed to
            #    their institution (the fixture's recommendation is the police's: "other" gets 404); kept by the
            #    office; a focal point adds their institution's follow-up notes; the coordinator alone records the
            #    management response, the office moves its action on; imports belong to their uploader (the officer)
              in ok ok ok ok ok ok ok ok   GET /recommendations
              in ok ok ok ok ok ok ok ok   GET /recommendations.{format:csv|xlsx}
              in ok ok ok ok ok ok ok ok   GET /recommendations/export
              in ok ok ok ok ok ok ok ok   GET /recommendations/export.docx
              in no ok ok no no no no no   GET /recommendations/import
              in no ok ok no no no no no   POST /recommendations/import
              in no no ok no no no no no   GET /recommendations/import/{token}
              in no no ok no no no no no   POST /recommendations/import/{token}/confirm
              in no no ok no no no no no   POST /recommendations/import/{token}/cancel
              in no ok ok no no no no no   GET /recommendations/sources/new
              in no ok ok no no no no no   POST /recommendations/sources/new
              in ok ok ok ok ok ok ok ok   GET /recommendations/sources/{id}
              in no ok ok no no no no no   GET /recommendations/sources/{id}/edit
              in no ok ok no no no no no   POST /recommendations/sources/{id}/edit
              in no ok ok no no no no no   GET /recommendations/sources/{sourceId}/new
              in no ok ok no no no no no   POST /recommendations/sources/{sourceId}/new
              in ok ok ok ok no ok ok ok   GET /recommendations/{id}
              in no ok ok no no no no no   GET /recommendations/{id}/edit
              in no ok ok no no no no no   POST /recommendations/{id}/edit
              in no ok ok no no no no no   POST /recommendations/{id}/delete
              in no ok ok no no no no no   POST /recommendations/{id}/activities
              in no ok ok no no no no no   POST /recommendations/{id}/activities/{activityId}/remove
              in no ok ok no no no no no   POST /recommendations/{id}/proposals
              in no ok ok no no no no no   POST /recommendations/{id}/proposals/{proposalId}/remove
              in no ok ok ok no no no no   POST /recommendations/{id}/follow-ups
              in ok ok ok ok no ok ok ok   GET /recommendations/follow-ups/{noteId}/file
              in no ok ok no no no no no   POST /recommendations/follow-ups/{noteId}/delete
              in no ok no no no no no no   GET /recommendations/{id}/response
              in no ok no no no no no no   POST /recommendations/{id}/response
              in no ok ok no no no no no   POST /recommendations/{id}/response/progress
            # -- plan: the office account's worklist (issue 12)
              in no ok ok no no no no no   GET /my/activities
            # -- victimdata: cases imported from a workbook (victim-data officers only, an upload is its uploader's);
            #    plan indicators computed from the register: read by the office and victim-data officers, linked by the
            #    M&E officer
              in no no no no no no no ok   GET /victim-data/cases/import
              in no no no no no no no ok   POST /victim-data/cases/import
              in no no no no no no no ok   GET /victim-data/cases/import/template.xlsx
              in no no no no no no no ok   GET /victim-data/cases/import/{token}
              in no no no no no no no ok   POST /victim-data/cases/import/{token}/confirm
              in no no no no no no no ok   POST /victim-data/cases/import/{token}/cancel
              in no ok ok no no no no ok   GET /victim-data/statistics/indicators
              in no no ok no no no no no   POST /victim-data/statistics/indicators
              in no no ok no no no no no   POST /victim-data/statistics/indicators/{id}/delete
            # -- stakeholders: contact people for the office and the institution's own focal point; the stakeholder
            #    grid for the office; consultation rounds for the office and the invited institutions' focal points
            #    (the fixture's round invites the police: "other" is not invited and is told it does not exist); the
            #    comments are the focal points'; an outside organisation's single-use link answers whoever holds it
              in no ok ok no no no no no   GET /stakeholders/contacts
              in no ok ok ok no no no no   GET /stakeholders/institutions/{institutionId}/contacts
              in no ok ok ok no no no no   GET /stakeholders/institutions/{institutionId}/contacts/new
              in no ok ok ok no no no no   POST /stakeholders/institutions/{institutionId}/contacts/new
              in no ok ok ok no no no no   GET /stakeholders/contacts/{id}/edit
              in no ok ok ok no no no no   POST /stakeholders/contacts/{id}/edit
              in no ok ok ok no no no no   POST /stakeholders/contacts/{id}/delete
              in no ok ok no no no no no   GET /plans/{planId}/stakeholders
              in no ok ok no no no no no   POST /plans/{planId}/stakeholders
              in no ok ok no no no no no   POST /plans/{planId}/stakeholders/{institutionId}/remove
              in no ok ok ok ok no no no   GET /plans/{planId}/consultations
              in no ok ok no no no no no   GET /plans/{planId}/consultations/new
              in no ok ok no no no no no   POST /plans/{planId}/consultations/new
              in no ok ok ok no no no no   GET /consultations/{id}
              in no no no ok no no no no   POST /consultations/{id}/comments
              in no ok ok no no no no no   POST /consultations/{id}/links
              in no ok ok no no no no no   POST /consultations/{id}/links/{linkId}/revoke
              in no ok ok no no no no no   POST /consultations/{id}/close
              in no ok ok no no no no no   GET /consultations/comments/{commentId}/disposition
              in no ok ok no no no no no   POST /consultations/comments/{commentId}/disposition
              in no ok ok no no no no no   GET /consultations/{id}/report
              in no ok ok no no no no no   GET /consultations/{id}/report.{format:csv|xlsx}
              ok ok ok ok ok ok ok ok ok   GET /consult/{token}
              ok ok ok ok ok ok ok ok ok   POST /consult/{token}
            # -- api: everyone's own API tokens (the fixture's token is the police focal point's: revoking it is theirs
            #    alone, anyone else is told it does not exist); the API's description and Swagger UI are documentation,
            #    open to all; the API itself takes tokens only, never a session, so every row below is 401 ("in") here:
            #    who reads what with a token is ApiAccessIntegrationTest's table
              in ok ok ok ok ok ok ok ok   GET /account/tokens
              in ok ok ok ok ok ok ok ok   POST /account/tokens
              in no no no ok no no no no   POST /account/tokens/{id}/revoke
              ok ok ok ok ok ok ok ok ok   GET /api/docs
              ok ok ok ok ok ok ok ok ok   GET /v3/api-docs
              ok ok ok ok ok ok ok ok ok   GET /v3/api-docs.yaml
              ok ok ok ok ok ok ok ok ok   GET /v3/api-docs/swagger-config
              in in in in in in in in in   GET /api/v1/me
              in in in in in in in in in   GET /api/v1/plans
              in in in in in in in in in   GET /api/v1/plans/{planId}
              in in in in in in in in in   GET /api/v1/plans/{planId}/indicators
              in in in in in in in in in   GET /api/v1/plans/{planId}/periods
              in in in in in in in in in   GET /api/v1/plans/{planId}/progress
              in in in in in in in in in   GET /api/v1/plans/{planId}/completeness
              in in in in in in in in in   GET /api/v1/indicators/{indicatorId}/values
              in in in in in in in in in   GET /api/v1/reports/{periodId}/institutions/{institutionId}
              in in in in in in in in in   PUT /api/v1/reports/{periodId}/institutions/{institutionId}
              in in in in in in in in in   POST /api/v1/reports/{periodId}/institutions/{institutionId}/submit
              in in in in in in in in in   GET /api/v1/published/plans
              in in in in in in in in in   GET /api/v1/published/plans/{planId}/figures
            # -- iati (issue 18): the plan's IATI activity file, for the office and the members (donors among them); not
            #    for focal points, who read their own institution's reports only, nor evaluators (the fixture's plan
            #    has no donor-funded activity: the allowed readers get the page that says so)
              in no ok ok no no ok no no   GET /plans/{planId}/iati
              in in in in in in in in in   GET /api/v1/plans/{planId}/iati
            # -- security (oidc): the refusal page of single sign-on is for anyone; who may sign in through the
            #    identity provider is the administrator's, as the accounts are
              ok ok ok ok ok ok ok ok ok   GET /login/refused
              in ok no no no no no no no   GET /admin/users/sign-in-mappings
              in ok no no no no no no no   POST /admin/users/sign-in-mappings
              in ok no no no no no no no   POST /admin/users/sign-in-mappings/{id}/delete
            # -- institutions, plan (issue 19): regions and municipalities, read by all and kept by the administrator
            #    (the officer places institutions in them); a plan's place and its elements' national objectives, read
            #    by all, the place set by the officer, the mapping by whoever manages the plan (the fixture's plan is
            #    national: the officer); a local coordinator's answers are LocalCoordinatorAccessIntegrationTest's
              in ok ok ok ok ok ok ok ok   GET /territorial-units
              in ok no no no no no no no   GET /territorial-units/new
              in ok no no no no no no no   POST /territorial-units/new
              in ok no no no no no no no   GET /territorial-units/{id}/edit
              in ok no no no no no no no   POST /territorial-units/{id}/edit
              in ok no ok no no no no no   POST /territorial-units/institutions
              in ok ok ok ok ok ok ok ok   GET /plans/{planId}/local
              in no no ok no no no no no   POST /plans/{planId}/local/placement
              in no no ok no no no no no   POST /plans/{planId}/local/mapping
            # -- regional (issue 19 item 2): the comparison, its downloads and report and the regional indicator set are
            #    the regional officer's alone (a column of its own is RegionalComparisonIntegrationTest's: no
            #    participant's person, coordinator included, opens them); the M&E officer maps its own participant's
            #    indicators onto the set (the empty form is refused for its content)
              in no no no no no no no no   GET /regional
              in no no no no no no no no   GET /regional.{format:csv|xlsx}
              in no no no no no no no no   GET /regional/report.{format:docx|pdf}
              in no no no no no no no no   GET /regional/indicators
              in no no no no no no no no   GET /regional/indicators/new
              in no no no no no no no no   POST /regional/indicators/new
              in no no no no no no no no   GET /regional/indicators/{id}/edit
              in no no no no no no no no   POST /regional/indicators/{id}/edit
              in no no ok no no no no no   GET /regional/mapping
              in no no ok no no no no no   POST /regional/mapping
            # -- security (issue 19): the participants are kept by the installation's administrator (an administrator
            #    across participants); the matrix's administrator belongs to the home participant, so is refused too
            #    (ParticipantAdminIntegrationTest shows the installation's administrator getting in)
              in no no no no no no no no   GET /admin/participants
              in no no no no no no no no   GET /admin/participants/new
              in no no no no no no no no   POST /admin/participants/new
              in no no no no no no no no   GET /admin/participants/{id}
              in no no no no no no no no   POST /admin/participants/{id}
            """;

    /**
     * Answers that are wrong today and being fixed by other changes right now (issue 10): the table above has the
     * correct answer, and until the fixes land these cells are reported, not failed. To be removed once they are in.
     */
    /**
     * Cells whose expected answer is right but which the application did not give yet, printed instead of failed. Empty
     * since issue 10's fixes landed: a row goes here only with the finding that names it.
     */
    static final List<Gap> KNOWN_GAPS_BEING_FIXED = List.of();

    record Gap(String route, Who who, String finding) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final String PASSWORD = "Matrix-person-2026";
    /** What the police's focal point wrote in their draft: no answer to anyone else may contain it. */
    private static final String DRAFT_TEXT = "Draft narrative not for evaluators";
    private static final Set<Who> MAY_READ_THE_DRAFT = EnumSet.of(Who.COORDINATOR, Who.ME_OFFICER, Who.FOCAL_POINT_OWN);
    /** What the shelter's focal point wrote in their submitted, not yet accepted report: not for members. */
    private static final String SUBMITTED_TEXT = "Submitted narrative not for members";
    private static final Set<Who> MAY_READ_THE_SUBMITTED = EnumSet.of(Who.COORDINATOR, Who.ME_OFFICER,
            Who.FOCAL_POINT_OTHER, Who.EVALUATOR);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ReviewEditing reviews;
    @Autowired
    GeneratedDocuments documents;
    @Autowired
    Publishing publishing;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VictimRegister victimRegister;
    @Autowired
    DataQuality dataQuality;
    @Autowired
    org.ariadne.finance.Funding funding; // finance
    @Autowired
    org.ariadne.risks.Risks risks;
    @Autowired
    org.ariadne.risks.Scenarios scenarios;
    @Autowired // operationalplan
    org.ariadne.operationalplan.OperationalPlanEditing operationalPlanEditing;
    @Autowired // operationalplan
    org.ariadne.operationalplan.OperationalPlans operationalPlans;
    @Autowired // coordination
    org.ariadne.coordination.Meetings meetings;
    @Autowired // coordination
    org.ariadne.coordination.FollowUpActions followUpActions;
    @Autowired // coordination
    org.ariadne.coordination.CommitteeReports committeeReports;
    @Autowired // coordination
    org.ariadne.coordination.Agreements agreements;
    @Autowired // services
    org.ariadne.services.Services services;
    @Autowired // evaluations
    org.ariadne.evaluations.Evaluations evaluations;
    @Autowired // training
    org.ariadne.training.Trainings trainings;
    @Autowired // training
    org.ariadne.training.TrainingNeeds trainingNeeds;
    @Autowired // training
    org.ariadne.training.Trainers trainers;
    @Autowired // training
    org.ariadne.training.TrainingIndicators trainingIndicators;
    @Autowired // recommendations
    org.ariadne.recommendations.Recommendations recommendations;
    @Autowired // victimdata
    org.ariadne.victimdata.RegisterIndicators registerIndicators;
    @Autowired // stakeholders
    org.ariadne.stakeholders.Contacts stakeholderContacts;
    @Autowired // stakeholders
    org.ariadne.stakeholders.StakeholderAnalysis stakeholderAnalysis;
    @Autowired // stakeholders
    org.ariadne.stakeholders.Consultations consultations;
    @Autowired // api
    org.ariadne.api.ApiTokens apiTokens;
    @Autowired // security (oidc)
    OidcMappings signInMappings;
    @Autowired
    org.ariadne.institutions.TerritorialUnits territorialUnits; // institutions: regions and municipalities (issue 19)
    @Autowired // reportingcycle: one notice marked read
    org.ariadne.reportingcycle.Notices notices;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void everyRouteHasExactlyOneRowAndEveryRowARoute() {
        var routes = routes();
        var rows = table().keySet();
        assertThat(routes).as("routes without a row in EXPECTED (add one: who may call it?)")
                .isSubsetOf(rows);
        assertThat(rows).as("rows in EXPECTED for routes that no longer exist").isSubsetOf(routes);
        assertThat(KNOWN_GAPS_BEING_FIXED).extracting(Gap::route).as("known gaps of routes without a row")
                .allMatch(rows::contains);
    }

    @Test
    void everyoneGetsTheAnswerTheTableGivesOnEveryRoute() throws Exception {
        var expected = table();
        long started = System.nanoTime();
        var fixture = new Fixture();
        System.out.printf("Access matrix: fixture built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        var unexpected = new ArrayList<String>();
        var gapsStillOpen = new ArrayList<String>();
        var gapsClosed = new ArrayList<String>();
        int cells = 0;
        var routes = routes();
        for (var row : expected.entrySet()) {
            if (!routes.contains(row.getKey())) {
                continue;
            }
            for (var who : Who.values()) {
                var want = row.getValue().get(who);
                Answer answer;
                Call call;
                try {
                    call = fixture.call(row.getKey(), who);
                    answer = answer(call.request(), who, fixture);
                } catch (Exception | AssertionError failed) {
                    unexpected.add(row.getKey() + " " + who + ": could not be asked: " + failed);
                    continue;
                }
                var got = answer.outcome();
                cells++;
                if (got == Outcome.ALLOWED && call.consumes()) {
                    fixture.usedUp(row.getKey());
                }
                var gap = KNOWN_GAPS_BEING_FIXED.stream()
                        .filter(g -> g.route().equals(row.getKey()) && g.who() == who).findFirst();
                var cell = String.format("%-90s %-20s expected %s, got %s", row.getKey(), who, want.code, got.code);
                // a report's text, wherever it turns up, only for those who may read the report
                var showsDraft = answer.shows().contains(DRAFT_TEXT) && !MAY_READ_THE_DRAFT.contains(who);
                var showsSubmitted = answer.shows().contains(SUBMITTED_TEXT) && !MAY_READ_THE_SUBMITTED.contains(who);
                var leaks = showsDraft || showsSubmitted;
                if (showsDraft) {
                    cell += ", and it shows the draft report's text";
                }
                if (showsSubmitted) {
                    cell += ", and it shows the submitted report's text";
                }
                if (gap.isPresent()) {
                    (got == want && !leaks ? gapsClosed : gapsStillOpen).add(cell + " (" + gap.get().finding() + ")");
                } else if (got != want || leaks) {
                    unexpected.add(cell);
                }
                if (want != Outcome.ALLOWED && got != Outcome.ALLOWED && call.untouched() != null
                        && !call.untouched().getAsBoolean()) {
                    unexpected.add(cell + ": refused, yet the thing it was about changed");
                }
            }
        }
        System.out.printf("Access matrix: %d routes x %d columns = %d answers checked in %d ms%n", expected.size(),
                Who.values().length, cells, (System.nanoTime() - started) / 1_000_000);
        unexpected.forEach(line -> System.out.println("UNEXPECTED: " + line));
        gapsStillOpen.forEach(line -> System.out.println("KNOWN GAP, being fixed: " + line));
        gapsClosed.forEach(line -> System.out.println(
                "KNOWN GAP now closed, remove it from KNOWN_GAPS_BEING_FIXED: " + line));
        assertThat(unexpected).as("answers that differ from the table").isEmpty();
    }

    // ---- the routes and the table ----

    /** Every route as "METHOD pattern", with "?param" when the mapping requires a parameter. */
    private Set<String> routes() {
        var keys = new TreeSet<String>();
        var seen = new LinkedHashMap<String, RequestMappingInfo>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> {
                    for (var key : keys(info)) {
                        var earlier = seen.put(key, info);
                        if (earlier != null) {
                            // two mappings of one pattern and method that differ only in what they produce
                            keys.remove(key);
                            keys.add(key + produced(earlier));
                            keys.add(key + produced(info));
                        } else {
                            keys.add(key);
                        }
                    }
                }));
        return keys;
    }

    private static List<String> keys(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        var method = methods.isEmpty() ? "ANY"
                : methods.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        var params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                .collect(Collectors.joining("&"));
        return info.getPatternValues().stream()
                .map(pattern -> method + " " + pattern + (params.isEmpty() ? "" : "?" + params)).toList();
    }

    private static String produced(RequestMappingInfo info) {
        var types = info.getProducesCondition().getProducibleMediaTypes();
        return types.isEmpty() ? "" : " " + types.stream().map(Object::toString).sorted().toList();
    }

    /**
     * Several participants in one installation (issue 19): the people of a second participant, one of each column,
     * signed in through the sign-in form, ask every route filled with this fixture's addresses (all of the first
     * participant). A route whose address names a record answers as if it did not exist (403/404, or the sign-in for
     * the API's token-only rows), never with a server error, and a refused change leaves the thing as it was. Every page,
     * list and download whose address names no record (GET) shows none of the first participant's texts: its plan, its
     * institutions, its people, its reports, its meetings, trainings, recommendations and the like. The public portal,
     * which anyone may read, is left out.
     */
    @Test
    void anotherParticipantsPeopleFindNothingOfTheFirstParticipant() throws Exception {
        var fixture = new Fixture();
        var others = otherParticipant();
        var markers = fixture.markers();
        var unexpected = new ArrayList<String>();
        int asked = 0;
        for (var route : routes()) {
            var space = route.indexOf(' ');
            var pattern = route.substring(space + 1).replaceAll("\\?.*$", "").replaceAll(" \\[.*]$", "");
            if (org.ariadne.common.participant.ParticipantGuard.isPublic(pattern)) {
                continue;
            }
            var namesARecord = org.ariadne.common.participant.ParticipantGuard.keys(pattern).stream()
                    .anyMatch(key -> key.variable() != null);
            if (!namesARecord && !route.startsWith("GET ")) {
                continue; // a change that names no record makes the person's own (a new plan of their participant)
            }
            for (var who : Who.values()) {
                if (who == Who.ANONYMOUS) {
                    continue;
                }
                Call call;
                MockHttpServletResponse response;
                try {
                    call = fixture.call(route, who);
                    response = mvc.perform(call.request().session(others.get(who)).with(csrf())).andReturn()
                            .getResponse();
                } catch (Exception | AssertionError failed) {
                    unexpected.add(route + " " + who + ": could not be asked: " + failed);
                    continue;
                }
                asked++;
                var got = outcome(response.getStatus(), response.getHeader(HttpHeaders.LOCATION));
                var cell = String.format("%-90s %-20s of the second participant", route, who);
                if (got == Outcome.ERROR) {
                    unexpected.add(cell + ": server error " + response.getStatus());
                } else if (namesARecord && got == Outcome.ALLOWED) {
                    unexpected.add(cell + ": answered " + response.getStatus() + " for the first participant's record");
                    if (call.consumes()) {
                        fixture.usedUp(route);
                    }
                }
                if (namesARecord && call.untouched() != null && !call.untouched().getAsBoolean()) {
                    unexpected.add(cell + ": the first participant's record it was about changed");
                }
                for (var marker : markers) {
                    if (contains(response.getContentAsByteArray(), marker)) {
                        unexpected.add(cell + ": shows the first participant's '" + marker + "'");
                    }
                }
            }
        }
        System.out.printf("Access matrix, second participant: %d answers checked%n", asked);
        unexpected.forEach(line -> System.out.println("UNEXPECTED: " + line));
        assertThat(unexpected).as("answers to the second participant's people about the first participant").isEmpty();
    }

    /**
     * A second participant with an institution of its own, and one person of each column in it, signed in through the
     * form; the two focal points report for two institutions of that participant.
     */
    private Map<Who, MockHttpSession> otherParticipant() throws Exception {
        var code = Unique.name("P").replaceAll("[^A-Za-z0-9]", "");
        code = code.substring(Math.max(0, code.length() - 12));
        jdbc.sql("insert into participant (code, name, created_at, updated_at) values (?, ?, ?, ?)")
                .params(code, "Second participant " + code, java.time.LocalDateTime.now(), java.time.LocalDateTime.now())
                .update();
        long participant = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        var own = jdbc.sql("select min(id) from institution").query(Long.class).single();
        var sessions = new EnumMap<Who, MockHttpSession>(Who.class);
        var ownInstitutions = new long[2];
        for (int i = 0; i < 2; i++) {
            TestSignIn.onThisThread(Role.ADMINISTRATOR, Role.ME_OFFICER);
            try {
                ownInstitutions[i] = institutions.create(org.ariadne.institutions.InstitutionCommand.named(
                        Unique.name("Second participant's police " + i), org.ariadne.institutions.InstitutionType.POLICE));
            } finally {
                TestSignIn.clear();
            }
            jdbc.sql("update institution set participant_id = ? where id = ?").params(participant, ownInstitutions[i])
                    .update();
        }
        assertThat(own).isNotNull();
        for (var who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                continue;
            }
            var role = switch (who) {
                case ADMINISTRATOR -> Role.ADMINISTRATOR;
                case COORDINATOR -> Role.COORDINATOR;
                case ME_OFFICER -> Role.ME_OFFICER;
                case FOCAL_POINT_OWN, FOCAL_POINT_OTHER -> Role.FOCAL_POINT;
                case MEMBER -> Role.MEMBER;
                case EVALUATOR -> Role.EVALUATOR;
                case VICTIM_DATA_OFFICER -> Role.VICTIM_DATA_OFFICER;
                case ANONYMOUS -> throw new IllegalStateException();
            };
            Long institution = who == Who.FOCAL_POINT_OWN ? Long.valueOf(ownInstitutions[0])
                    : who == Who.FOCAL_POINT_OTHER ? Long.valueOf(ownInstitutions[1]) : null;
            var username = Unique.username("p2" + who.name().replace("_", "").toLowerCase(Locale.ROOT));
            accounts.createAtStartUp(new UserCommand(username, "Second participant's " + who, null, institution,
                    EnumSet.of(role), who == Who.EVALUATOR ? LocalDate.now().plusMonths(3) : null, true, PASSWORD,
                    participant));
            var signIn = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
            assertThat(signIn.getResponse().getRedirectedUrl()).as("signed in as the second participant's " + who)
                    .isEqualTo("/");
            sessions.put(who, (MockHttpSession) signIn.getRequest().getSession(false));
        }
        return sessions;
    }

    private static Map<String, Map<Who, Outcome>> table() {
        var rows = new LinkedHashMap<String, Map<Who, Outcome>>();
        for (var line : EXPECTED.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var parts = line.split("\\s+", Who.values().length + 1);
            var answers = new EnumMap<Who, Outcome>(Who.class);
            for (var who : Who.values()) {
                answers.put(who, Outcome.of(parts[who.ordinal()]));
            }
            var previous = rows.put(parts[Who.values().length], answers);
            assertThat(previous).as("two rows for " + parts[Who.values().length]).isNull();
        }
        return rows;
    }

    // ---- asking ----

    /** What came back: the outcome, and which of the reports' texts are in what came back. */
    record Answer(Outcome outcome, Set<String> shows) {
    }

    private Answer answer(AbstractMockHttpServletRequestBuilder<?> request, Who who, Fixture fixture) throws Exception {
        if (who != Who.ANONYMOUS) {
            request.session(fixture.sessions.get(who));
        }
        var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
        var shows = new java.util.HashSet<String>();
        for (var text : List.of(DRAFT_TEXT, SUBMITTED_TEXT)) {
            if (contains(response.getContentAsByteArray(), text)) {
                shows.add(text);
            }
        }
        return new Answer(outcome(response.getStatus(), response.getHeader(HttpHeaders.LOCATION)), shows);
    }

    private static Outcome outcome(int status, String location) {
        if (status == 401 || status / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login.*")) {
            return Outcome.SIGN_IN;
        }
        if (status == 403 || status == 404) {
            return Outcome.REFUSED;
        }
        if (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409 || status == 422) {
            return Outcome.ALLOWED;
        }
        return Outcome.ERROR;
    }

    /** Whether the text is in a page, a CSV file, or any part of an Excel workbook (a zip of XML files). */
    private static boolean contains(byte[] content, String text) throws java.io.IOException {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return new String(content, java.nio.charset.StandardCharsets.UTF_8).contains(text);
    }

    /** A request, and for a refused change a check that the thing it was about is still as it was. */
    record Call(AbstractMockHttpServletRequestBuilder<?> request, BooleanSupplier untouched, boolean consumes) {
    }

    /** The data every address is filled from, built through the services and pages as the people would. */
    private final class Fixture {

        /** Each person's session, signed in through the sign-in form as they would. */
        final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);
        final ReportingFixture plan;
        final PeriodView period;
        final long strategic;
        final long specific;
        final long reportActivityEntry;
        final long evidence;
        final long correctiveAction;
        final long holiday;
        final long targetUser;
        final long document;
        final long reportPublication;
        final long figuresPublication;
        /** A victim case and the earlier case of the same person the linkage proposed for it. */
        final long victimCase;
        final long earlierVictimCase;
        /** A data-quality check the office set for one indicator. */
        final long dataQualityRule;
        /** risks: a risk of the plan and a scenario, not active */
        final long risk;
        final long scenario;
        /** A strategy holding the plan (strategy). */
        final long strategy;
        final long planArea; // plan: thematic areas
        /** This period's year's operational plan, drafted, and one of its lines (operationalplan). */
        final int operationalYear;
        final long operationalLine;
        /** coordination: a meeting inviting the police, its file, an action the police own, their committee's
         *  report of last month, an agreement; services: one service */
        final long meeting;
        final long meetingFile;
        final long followUpAction;
        final long committeeReport;
        final long agreement;
        final long service;
        /** evaluations: an evaluation of the plan in progress, the matrix evaluator on its team, and one file. */
        final long evaluation;
        final long evaluationMember;
        final long evaluationFile;
        /** training: a police training kept as a list, a police need, a planned training, a trainer, a link. */
        final long training;
        final long trainingNeed;
        final long plannedTraining;
        final long trainer;
        final long trainingLink;
        /** recommendations: a source, a recommendation addressed to the police with a follow-up note with a file */
        final long recommendationSource;
        final long recommendation;
        final long followUpNote;
        /** victimdata: the plan's "victims identified" computed from the register */
        final long victimIndicatorLink;
        /** reportingcycle: a notice to the police (issue 12, one notice marked read) */
        final long policeNotice;
        /** stakeholders: a police contact; a round on the plan inviting the police, with a comment of the police's
         *  focal point and an outside organisation's link (its token kept for the link's rows) */
        final long contact;
        final long consultation;
        final long consultationComment;
        final String consultationToken;
        private final HalfYear half;
        private final Map<String, Object> standing = new java.util.HashMap<>();

        Fixture() throws Exception {
            plan = new ReportingFixture(editing, institutions, schedules);
            period = plan.lastEndedPeriod(schedules);
            half = HalfYear.containing(period.endsOn());
            // generated in the background while the rest is set up
            TestSignIn.onThisThread(Role.ME_OFFICER);
            var quarter = (period.startsOn().getMonthValue() - 1) / 3 + 1;
            document = documents.request(plan.planId, new DocumentRequest(DocumentKind.QUARTERLY_SUMMARY,
                    period.startsOn().getYear(), quarter, Locale.ENGLISH, false));
            TestSignIn.clear();
            person(Who.ADMINISTRATOR, null, null, Role.ADMINISTRATOR);
            person(Who.COORDINATOR, null, null, Role.COORDINATOR);
            person(Who.ME_OFFICER, null, null, Role.ME_OFFICER);
            person(Who.FOCAL_POINT_OWN, plan.police, null, Role.FOCAL_POINT);
            person(Who.FOCAL_POINT_OTHER, plan.shelter, null, Role.FOCAL_POINT);
            person(Who.MEMBER, null, null, Role.MEMBER);
            person(Who.EVALUATOR, null, LocalDate.now().plusMonths(3), Role.EVALUATOR);
            person(Who.VICTIM_DATA_OFFICER, null, null, Role.VICTIM_DATA_OFFICER);
            targetUser = accounts.createAtStartUp(new UserCommand(Unique.username("target"), "Target of the matrix",
                    null, null, EnumSet.of(Role.MEMBER), null, true, "Matrix-target-2026"));

            TestSignIn.onThisThread(Role.ME_OFFICER);
            var tree = plans.tree(plan.planId);
            strategic = tree.objectives().get(0).id();
            specific = tree.specificObjectives().findFirst().orElseThrow().id();
            reviews.rate(plan.planId, plan.training, half, null, new RatingCommand(2, "Difficulties"));
            correctiveAction = reviews.addCorrectiveAction(plan.planId, plan.training, half,
                    new CorrectiveActionCommand("Train the trainers", plan.police, LocalDate.now().plusMonths(2)));
            dataQuality.set(plan.planId, null, new RuleCommand(plan.victimsIdentified, CheckKind.CUMULATIVE_FALLS,
                    true, null));
            dataQualityRule = dataQuality.rules(plan.planId).stream().filter(rule -> !rule.forAll()).findFirst()
                    .orElseThrow().id();
            var holidayName = Unique.name("Matrix day");
            schedules.addHoliday(LocalDate.now().plusYears(1), holidayName);
            TestSignIn.clear();
            holiday = holidayId(holidayName);
            // risks
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                risk = risks.create(plan.planId, new org.ariadne.risks.RiskCommand("Matrix risk",
                        org.ariadne.risks.RiskCategory.OTHER, 2, 2, null, null, org.ariadne.risks.RiskStatus.OPEN,
                        null, "plan"));
                scenario = scenarios.create(plan.planId, org.ariadne.risks.ScenarioCommand.of("Matrix scenario", null,
                        List.of(), List.of()));
            } finally {
                TestSignIn.clear();
            }
            // strategy: a strategy holding the plan, whose removal the coordinator's row asks for
            TestSignIn.onThisThread(Role.COORDINATOR);
            strategy = strategies.create(new org.ariadne.strategy.StrategyCommand(Unique.name("Matrix strategy"),
                    org.ariadne.strategy.StrategyKind.NATIONAL, null, null, null, null, 2000, 2100));
            strategies.addPlan(strategy, plan.planId);
            TestSignIn.clear();
            // plan: one of the plan's thematic areas, renamed (with a stale version) and moved by the rows
            TestSignIn.onThisThread(Role.ME_OFFICER);
            planArea = plans.areas(plan.planId).get(1).id();
            TestSignIn.clear();

            // the police's draft: one activity saved, one evidence file
            send(Who.FOCAL_POINT_OWN, post(report() + "/activities/" + plan.training).param("revision", "0")
                    .param("status", "STARTED").param("narrative", DRAFT_TEXT)
                    .param("problems", ""));
            reportActivityEntry = jdbc.sql("select max(entity_id) from audit_event"
                    + " where entity_type = 'report-activity' and plan_id = ?").param(plan.planId).query(Long.class)
                    .single();
            evidence = uploadEvidence();

            // the shelter's report of the same quarter: submitted, not accepted
            var shelterReport = "/reporting/" + period.id() + "/institutions/" + plan.shelter;
            send(Who.FOCAL_POINT_OTHER, post(shelterReport + "/activities/" + plan.beds).param("revision", "0")
                    .param("status", "STARTED").param("narrative", SUBMITTED_TEXT).param("problems", ""));
            var version = Jsoup.parse(send(Who.FOCAL_POINT_OTHER, get(shelterReport)).getContentAsString())
                    .selectFirst("#submit-form input[name=version]").val();
            send(Who.FOCAL_POINT_OTHER, post(shelterReport + "/submit").param("confirmed", "true").param("version", version));
            assertThat(Jsoup.parse(send(Who.COORDINATOR, get(shelterReport)).getContentAsString())
                    .selectFirst(".report-status").text()).as("the shelter's report").isEqualTo("Submitted");

            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(90))
                        .until(() -> documents.find(document).status().done());
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.ME_OFFICER); // operationalplan
            try {
                operationalYear = period.startsOn().getYear();
                operationalPlanEditing.draft(plan.planId, operationalYear);
                operationalLine = operationalPlans.get(plan.planId, operationalYear).lines().get(0).id();
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.ME_OFFICER); // coordination, services
            try {
                meeting = meetings.create(new org.ariadne.coordination.MeetingCommand(
                        org.ariadne.coordination.MeetingKind.NATIONAL_AUTHORITY, "Matrix session", LocalDate.now(),
                        java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0), "Matrix hall", "Opening",
                        List.of(plan.police), null, null, List.of(plan.police), List.of("Director"), List.of("1"),
                        List.of("1"), List.of("Adopt"), null));
                followUpAction = followUpActions.create(meeting, new org.ariadne.coordination.FollowUpCommand(
                        "Matrix action", 1, plan.police, LocalDate.now().plusMonths(1), null,
                        org.ariadne.coordination.ActionStatus.OPEN, null));
                committeeReport = committeeReports.create(new org.ariadne.coordination.CommitteeReportCommand(
                        plan.police, java.time.YearMonth.now().minusMonths(1), 1, null, 0, null));
                agreement = agreements.create(new org.ariadne.coordination.AgreementCommand(
                        org.ariadne.coordination.AgreementKind.MOU, "Matrix MoU", LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(1), null, org.ariadne.coordination.AgreementStatus.IN_FORCE,
                        java.util.Arrays.asList(plan.police, plan.shelter), java.util.Arrays.asList(null, null),
                        java.util.Arrays.asList(null, null), List.of()));
                service = services.create(new org.ariadne.services.ServiceCommand("Matrix shelter",
                        org.ariadne.services.ServiceType.SHELTER, plan.shelter, null, null, 5,
                        Set.of(org.ariadne.services.TargetGroup.WOMEN), null, null));
            } finally {
                TestSignIn.clear();
            }
            meetingFile = meetingFile();
            // evaluations: the matrix evaluator is on the team, inside a window open today
            var matrixEvaluator = accounts.holdersOf(Role.EVALUATOR).stream()
                    .filter(holder -> holder.fullName().equals("Matrix " + Who.EVALUATOR))
                    .max(java.util.Comparator.comparingLong(UserAccounts.Holder::id)).orElseThrow().username();
            var evaluationIds = asOfficer(() -> {
                long made = evaluations.create(org.ariadne.evaluations.EvaluationCommand.empty(plan.planId)
                        .withTitle("Matrix evaluation"));
                evaluations.moveTo(made, 0, org.ariadne.evaluations.EvaluationStatus.IN_PROGRESS);
                long member = evaluations.assign(made, new org.ariadne.evaluations.TeamCommand(matrixEvaluator,
                        LocalDate.now().minusDays(1), LocalDate.now().plusMonths(1)));
                long file = evaluations.attach(made, org.ariadne.evaluations.FileKind.EVIDENCE, null, "matrix.pdf", PDF);
                return new long[] {made, member, file};
            });
            evaluation = evaluationIds[0];
            evaluationMember = evaluationIds[1];
            evaluationFile = evaluationIds[2];
            TestSignIn.onThisThread(Role.ME_OFFICER); // training
            try {
                var policeName = institutions.directory().nameOf(plan.police);
                trainer = trainers.create(new org.ariadne.training.TrainerCommand("Matrix trainer", null, null,
                        List.of()));
                training = trainings.create(new org.ariadne.training.TrainingCommand(plan.police, null,
                        "Matrix training", org.ariadne.training.TrainingTopic.IDENTIFICATION,
                        org.ariadne.training.TargetGroup.POLICE, LocalDate.now().minusDays(3),
                        LocalDate.now().minusDays(3), "Matrix place", List.of(trainer), List.of(), null, null, null,
                        null, null, null));
                trainings.typeList(training, 0, "Matrix person; " + policeName + "; Officer; F\n");
                trainingNeed = trainingNeeds.createNeed(new org.ariadne.training.NeedCommand(plan.police,
                        org.ariadne.training.TargetGroup.POLICE, org.ariadne.training.TrainingTopic.IDENTIFICATION,
                        org.ariadne.training.NeedPriority.HIGH, 10, LocalDate.now().getYear(), null));
                plannedTraining = trainingNeeds.createPlanned(new org.ariadne.training.PlannedTrainingCommand(
                        LocalDate.now().getYear(), 1, "Matrix planned", org.ariadne.training.TrainingTopic.IDENTIFICATION,
                        org.ariadne.training.TargetGroup.POLICE, 10, List.of(plan.police)));
                trainingLink = trainingIndicators.link(new org.ariadne.training.IndicatorLinkCommand(plan.bedsAvailable,
                        null));
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.ME_OFFICER); // recommendations
            try {
                recommendationSource = recommendations.createSource(new org.ariadne.recommendations.SourceCommand(
                        plan.planId, org.ariadne.recommendations.SourceKind.GRETA, Unique.name("Matrix GRETA"), null,
                        2024, null));
                recommendation = recommendations.create(recommendationSource,
                        new org.ariadne.recommendations.RecommendationCommand("Matrix recommendation", "", "", "", "1",
                                null, org.ariadne.recommendations.Priority.HIGH, List.of(plan.police),
                                org.ariadne.recommendations.RecommendationStatus.NOT_ADDRESSED, null, null));
                followUpNote = recommendations.addFollowUp(recommendation, new org.ariadne.recommendations
                        .FollowUpCommand(2025, "Matrix measures", null, null), new org.ariadne.recommendations
                        .EvidenceFile("matrix.pdf", "application/pdf", PDF));
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
            try {
                var born = LocalDate.of(1940, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                        .nextInt(20_000));
                earlierVictimCase = victimRegister.register(victimCaseCommand(LocalDate.now().minusYears(2), born)).id();
                victimCase = victimRegister.register(victimCaseCommand(LocalDate.now().minusMonths(1), born)).id();
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.COORDINATOR);
            try {
                publish(PublicationSubject.plan());
                reportPublication = publish(PublicationSubject.report(document));
                figuresPublication = publish(PublicationSubject.figures(period.startsOn().getYear()));
            } finally {
                TestSignIn.clear();
            }
            var noticeKey = "matrix-notice-" + java.util.UUID.randomUUID();
            notices.toInstitution(plan.police, "notices.title", List.of(), null, noticeKey);
            policeNotice = jdbc.sql("select id from notice where dedup_key = ?").param(noticeKey).query(Long.class)
                    .single();
            TestSignIn.onThisThread(Role.ME_OFFICER); // victimdata
            try {
                victimIndicatorLink = registerIndicators.link(new org.ariadne.victimdata.RegisterIndicatorCommand(
                        plan.victimsIdentified, org.ariadne.victimdata.RegisterMeasure.IDENTIFIED, false, false));
            } finally {
                TestSignIn.clear();
            }
            TestSignIn.onThisThread(Role.ME_OFFICER); // stakeholders
            try {
                contact = stakeholderContacts.create(plan.police, new org.ariadne.stakeholders.ContactCommand(
                        "Matrix contact", null, null, null, Set.of(), false, null, null));
                var opened = consultations.open(plan.planId, new org.ariadne.stakeholders.RoundCommand(
                        "Matrix consultation", null, LocalDate.now(), LocalDate.now().plusDays(30), Set.of(plan.police),
                        List.of("Matrix NGO"), List.of("matrix@example.org")));
                consultation = opened.id();
                consultationToken = opened.links().get(0).token();
            } finally {
                TestSignIn.clear();
            }
            send(Who.FOCAL_POINT_OWN, post("/consultations/" + consultation + "/comments")
                    .param("comment-a-" + plan.training, "Matrix comment"));
            consultationComment = asOfficer(() -> consultations.comments(consultation).get(0).id());
        }

        /** victimdata: the officer's upload of the empty template, waiting for its preview. */
        private String victimImportToken() throws Exception {
            var template = send(Who.VICTIM_DATA_OFFICER, get("/victim-data/cases/import/template.xlsx"))
                    .getContentAsByteArray();
            var location = send(Who.VICTIM_DATA_OFFICER, multipart("/victim-data/cases/import")
                    .file(new MockMultipartFile("file", "cases.xlsx", null, template))).getRedirectedUrl();
            assertThat(location).as("case import preview").startsWith("/victim-data/cases/import/");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        private void person(Who who, Long institution, LocalDate accessUntil, Role role) throws Exception {
            var username = Unique.username(who.name().replace("_", "").toLowerCase(Locale.ROOT));
            accounts.createAtStartUp(new UserCommand(username, "Matrix " + who, null, institution, EnumSet.of(role),
                    accessUntil, true, PASSWORD));
            var signIn = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
            assertThat(signIn.getResponse().getRedirectedUrl()).as("signed in as " + who).isEqualTo("/");
            sessions.put(who, (MockHttpSession) signIn.getRequest().getSession(false));
        }

        private CaseCommand victimCaseCommand(LocalDate identifiedOn, LocalDate born) {
            return new CaseCommand(identifiedOn, plan.police, null, CaseStatus.PRESUMED, Sex.FEMALE, 20, "", "", "",
                    CaseScope.INTERNAL, null, null, null, null, null, null, null, null, null, null, false, "",
                    "Matrix", "Person", born, "", "", "", "");
        }

        // finance: a commitment on the plan and a rate, made for the routes that edit or delete them
        private long commitment() {
            return asOfficer(() -> funding.create(plan.planId, new org.ariadne.finance.CommitmentCommand(null,
                    Unique.name("Matrix funder"), org.ariadne.plan.FundingSourceKind.DONOR,
                    org.ariadne.finance.CommitmentKind.PLEDGE, null, new BigDecimal("100"), "EUR", null, null, null,
                    List.of())));
        }

        private long exchangeRate() {
            // a day of the past nobody else records a rate on
            var day = LocalDate.of(1950, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
            return asOfficer(() -> funding.recordRate(new org.ariadne.finance.ExchangeRateCommand("CHF",
                    BigDecimal.ONE, day)));
        }

        /** coordination: a file of the fixture's meeting, for reading or for a deletion to remove. */
        private long meetingFile() {
            return asOfficer(() -> meetings.attach(meeting, "matrix.pdf", PDF));
        }

        private boolean meetingFileThere(long id) {
            return asOfficer(() -> meetings.get(meeting).files().stream().anyMatch(f -> f.id() == id));
        }

        private <T> T asOfficer(java.util.function.Supplier<T> work) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                return work.get();
            } finally {
                TestSignIn.clear();
            }
        }

        /** What was decided on the proposal of the earlier case for the case, as the officer reads it. */
        private MatchProposal.Decision proposalDecision() {
            TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
            try {
                return victimRegister.proposals(victimCase).stream()
                        .filter(proposal -> proposal.earlierCaseId() == earlierVictimCase).findFirst().orElseThrow()
                        .decision();
            } finally {
                TestSignIn.clear();
            }
        }

        private long publish(PublicationSubject subject) {
            return publishing.publish(plan.planId, subject, publishing.preview(plan.planId, subject).fingerprint())
                    .publicationId();
        }

        private long holidayId(String name) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                return schedules.holidayList().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow()
                        .id();
            } finally {
                TestSignIn.clear();
            }
        }

        String report() {
            return "/reporting/" + period.id() + "/institutions/" + plan.police;
        }

        private MockHttpServletResponse send(Who who, AbstractMockHttpServletRequestBuilder<?> request)
                throws Exception {
            return mvc.perform(request.with(csrf()).session(sessions.get(who))).andReturn().getResponse();
        }

        private long uploadEvidence() throws Exception {
            send(Who.FOCAL_POINT_OWN, multipart(report() + "/evidence")
                    .file(new MockMultipartFile("file", "participants.pdf", "application/pdf", PDF))
                    .param("activityId", Long.toString(plan.training)));
            var page = Jsoup.parse(send(Who.FOCAL_POINT_OWN, get(report())).getContentAsString());
            return page.select(".evidence-files a").stream()
                    .map(link -> link.attr("href")).filter(href -> href.startsWith("/reporting/evidence/"))
                    .mapToLong(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1))).max().orElseThrow();
        }

        /** A preview of the plan workbook, uploaded as a new plan by the M&E officer: only they may open it. */
        private String importToken() throws Exception {
            var workbook = send(Who.ME_OFFICER, get("/plans/" + plan.planId + "/export.xlsx")).getContentAsByteArray();
            var location = send(Who.ME_OFFICER, multipart("/plans/import")
                    .file(new MockMultipartFile("file", "plan.xlsx", null, workbook))
                    .param("title", Unique.name("Imported by the matrix")).param("startYear", "2020")
                    .param("endYear", "2024")).getRedirectedUrl();
            assertThat(location).as("import preview").startsWith("/imports/");
            return location.substring("/imports/".length());
        }

        /** A preview of the police's report workbook, uploaded by their focal point: only they may open it. */
        private String workbookToken() throws Exception {
            var workbook = send(Who.FOCAL_POINT_OWN, get(report() + "/workbook.xlsx")).getContentAsByteArray();
            var location = send(Who.FOCAL_POINT_OWN, multipart(report() + "/workbook")
                    .file(new MockMultipartFile("file", "report.xlsx", null, workbook))).getRedirectedUrl();
            assertThat(location).as("report workbook preview").startsWith(report() + "/workbook/");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /** An uploaded participant list of the fixture's training, waiting for the officer's confirmation. */
        private String participantListToken() throws Exception { // training
            TestSignIn.onThisThread(Role.ME_OFFICER);
            String policeName;
            try {
                policeName = institutions.directory().nameOf(plan.police);
            } finally {
                TestSignIn.clear();
            }
            var csv = ("Name,Institution,Role,Sex\nMatrix person,\"" + policeName + "\",Officer,F\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var location = send(Who.ME_OFFICER, multipart("/trainings/" + training + "/participants/upload")
                    .file(new MockMultipartFile("file", "participants.csv", null, csv))).getRedirectedUrl();
            assertThat(location).as("participant list preview").startsWith("/trainings/" + training + "/participants/upload/");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /** recommendations: a CSV uploaded by the officer for the import preview; only they may open it. */
        private String recommendationsToken() throws Exception {
            var location = send(Who.ME_OFFICER, multipart("/recommendations/import")
                    .file(new MockMultipartFile("file", "matrix.csv", "text/csv",
                            "Recommendation;Priority\nMatrix text;high\n".getBytes()))
                    .param("language", "en")).getRedirectedUrl();
            assertThat(location).as("recommendations import preview").startsWith("/recommendations/import/");
            return location.substring("/recommendations/import/".length());
        }

        /** recommendations: a follow-up note of the office's, for its deletion. */
        private long followUpToDelete() {
            return asOfficer(() -> recommendations.addFollowUp(recommendation,
                    new org.ariadne.recommendations.FollowUpCommand(2024, "Matrix note to delete", null, null), null));
        }

        /** A plan with one of each element, for a deletion to remove. */
        private PlanTreeIds scratch() {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                var id = editing.createPlan(new PlanCommand(Unique.name("Scratch plan"), null, null, null, 2020, 2024,
                        PlanStatus.DRAFT));
                var so = editing.addStrategicObjective(id, new StrategicObjectiveCommand("SO 1", "Scratch", null,
                        ThematicArea.PREVENTION));
                var sp = editing.addSpecificObjective(so, new SpecificObjectiveCommand("SO 1.1", "Scratch", null));
                var activity = editing.addActivity(sp, new ActivityCommand("A1.1.1", "Scratch", null, null, null,
                        List.of(), null, null, null, true, Frequency.YEARLY, null, null, null, null, List.of()));
                var indicator = editing.addIndicator(IndicatorOwner.activity(activity), new IndicatorCommand("Scratch",
                        ResultLevel.OUTPUT, IndicatorType.NUMBER, null, Direction.INCREASE, null, null, null, null,
                        BigDecimal.ZERO, null, null, null, null, List.of(), EnumSet.noneOf(Disaggregation.class), null,
                        null, Frequency.YEARLY, null));
                return new PlanTreeIds(id, so, sp, activity, indicator);
            } finally {
                TestSignIn.clear();
            }
        }

        /** A thematic area of the plan that no objective is in, for a deletion to remove (plan). */
        private long scratchArea() {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                return editing.addArea(plan.planId, new org.ariadne.plan.AreaCommand(Unique.name("Scratch area"), null));
            } finally {
                TestSignIn.clear();
            }
        }

        private boolean inPlan(long planId, java.util.function.Predicate<org.ariadne.plan.PlanTree> has) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            try {
                return has.test(plans.tree(planId));
            } catch (RuntimeException gone) {
                return false;
            } finally {
                TestSignIn.clear();
            }
        }

        /**
         * The thing a route acts on, made once and kept until a permitted request used it up (a deletion, a confirmed
         * or cancelled preview), so that each person is asked about a thing that is there.
         */
        @SuppressWarnings("unchecked")
        private <T> T standing(String route, Making<T> make) throws Exception {
            var kept = standing.get(route);
            if (kept == null) {
                kept = make.make();
                standing.put(route, kept);
            }
            return (T) kept;
        }

        /** Texts of the first participant's records that no person of another participant may see anywhere. */
        List<String> markers() {
            var texts = new ArrayList<>(List.of(DRAFT_TEXT, SUBMITTED_TEXT, "Matrix session", "Matrix MoU",
                    "Matrix shelter", "Matrix training", "Matrix trainer", "Matrix planned", "Matrix recommendation",
                    "Matrix measures", "Matrix evaluation", "Matrix risk", "Matrix scenario", "Matrix strategy",
                    "Matrix GRETA", "Matrix " + Who.COORDINATOR));
            texts.add(jdbc.sql("select title from action_plan where id = ?").param(plan.planId).query(String.class)
                    .single());
            for (var institution : List.of(plan.police, plan.shelter)) {
                texts.add(jdbc.sql("select name from institution where id = ?").param(institution)
                        .query(String.class).single());
            }
            return texts;
        }

        void usedUp(String route) {
            standing.remove(route);
        }

        /** How the route is asked: its address filled from the fixture, with what a form would send. */
        Call call(String route, Who who) throws Exception {
            var space = route.indexOf(' ');
            var method = route.substring(0, space);
            var pattern = route.substring(space + 1).replaceAll("\\?.*$", "").replaceAll(" \\[.*]$", "");
            var values = new LinkedHashMap<String, Object>();
            BooleanSupplier untouched = null;
            boolean consumes = false;
            switch (route) {
                case "POST /plans/{id}/delete" -> {
                    var scratch = standing(route, this::scratch);
                    values.put("id", scratch.plan());
                    untouched = () -> inPlan(scratch.plan(), tree -> true);
                    consumes = true;
                }
                case "POST /strategic-objectives/{id}/delete" -> {
                    var scratch = standing(route, this::scratch);
                    values.put("id", scratch.strategic());
                    untouched = () -> inPlan(scratch.plan(),
                            tree -> tree.strategicObjective(scratch.strategic()).isPresent());
                    consumes = true;
                }
                case "POST /specific-objectives/{id}/delete" -> {
                    var scratch = standing(route, this::scratch);
                    values.put("id", scratch.specific());
                    untouched = () -> inPlan(scratch.plan(),
                            tree -> tree.specificObjective(scratch.specific()).isPresent());
                    consumes = true;
                }
                case "POST /activities/{id}/delete" -> {
                    var scratch = standing(route, this::scratch);
                    values.put("id", scratch.activity());
                    untouched = () -> inPlan(scratch.plan(), tree -> tree.activity(scratch.activity()).isPresent());
                    consumes = true;
                }
                case "POST /indicators/{id}/delete" -> {
                    var scratch = standing(route, this::scratch);
                    values.put("id", scratch.indicator());
                    untouched = () -> inPlan(scratch.plan(),
                            tree -> tree.indicators().anyMatch(i -> i.id() == scratch.indicator()));
                    consumes = true;
                }
                case "POST /plans/{id}/areas/{areaId}/delete" -> { // plan: an area no objective is in
                    long area = standing(route, this::scratchArea);
                    values.put("areaId", area);
                    untouched = () -> {
                        TestSignIn.onThisThread(Role.ME_OFFICER);
                        try {
                            return plans.areas(plan.planId).stream().anyMatch(a -> a.id() == area);
                        } finally {
                            TestSignIn.clear();
                        }
                    };
                    consumes = true;
                }
                case "POST /reporting/evidence/{id}/delete" -> {
                    long file = standing(route, this::uploadEvidence);
                    values.put("id", file);
                    untouched = () -> {
                        try {
                            return send(Who.FOCAL_POINT_OWN, get("/reporting/evidence/" + file)).getStatus() == 200;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    };
                    consumes = true;
                }
                case "POST /reporting/holidays/{id}/delete" -> {
                    String name = standing(route, () -> {
                        var made = Unique.name("Matrix day");
                        TestSignIn.onThisThread(Role.ME_OFFICER);
                        try {
                            schedules.addHoliday(LocalDate.now().plusYears(2), made);
                        } finally {
                            TestSignIn.clear();
                        }
                        return made;
                    });
                    values.put("id", holidayId(name));
                    untouched = () -> {
                        TestSignIn.onThisThread(Role.ME_OFFICER);
                        try {
                            return schedules.holidayList().stream().anyMatch(h -> h.name().equals(name));
                        } finally {
                            TestSignIn.clear();
                        }
                    };
                    consumes = true;
                }
                case "GET /imports/{token}", "POST /imports/{token}", "POST /imports/{token}/confirm",
                        "POST /imports/{token}/cancel" -> {
                    values.put("token", standing(route, this::importToken));
                    consumes = route.endsWith("/confirm") || route.endsWith("/cancel");
                }
                case "GET /reporting/{periodId}/institutions/{institutionId}/workbook/{token}",
                        "POST /reporting/{periodId}/institutions/{institutionId}/workbook/{token}/confirm",
                        "POST /reporting/{periodId}/institutions/{institutionId}/workbook/{token}/cancel" -> {
                    values.put("token", standing(route, this::workbookToken));
                    consumes = route.endsWith("/confirm") || route.endsWith("/cancel");
                }
                case "GET /trainings/{id}/participants/upload/{token}", // training
                        "POST /trainings/{id}/participants/upload/{token}/confirm",
                        "POST /trainings/{id}/participants/upload/{token}/cancel" -> {
                    values.put("token", standing(route, this::participantListToken));
                    consumes = route.endsWith("/confirm") || route.endsWith("/cancel");
                }
                case "POST /plans/{planId}/publication/{publicationId}/withdraw" ->
                        values.put("publicationId", figuresPublication);
                case "POST /victim-data/cases/{id}/matches/{earlierId}/confirm",
                        "POST /victim-data/cases/{id}/matches/{earlierId}/reject" -> {
                    values.put("earlierId", earlierVictimCase);
                    var before = proposalDecision();
                    untouched = () -> proposalDecision() == before;
                }
                // recommendations: an import preview of the officer's; a note made for its deletion
                case "GET /recommendations/import/{token}", "POST /recommendations/import/{token}/confirm",
                        "POST /recommendations/import/{token}/cancel" -> {
                    values.put("token", standing(route, this::recommendationsToken));
                    consumes = route.endsWith("/confirm") || route.endsWith("/cancel");
                }
                case "POST /recommendations/follow-ups/{noteId}/delete" -> {
                    long made = standing(route, this::followUpToDelete);
                    values.put("noteId", made);
                    untouched = () -> asOfficer(() -> recommendations.get(recommendation).followUps().stream()
                            .anyMatch(note -> note.id() == made));
                    consumes = true;
                }
                // finance
                case "GET /commitments/{id}/edit", "POST /commitments/{id}/edit" ->
                        values.put("id", standing("commitment", this::commitment));
                case "POST /commitments/{id}/delete" -> {
                    long made = standing(route, this::commitment);
                    values.put("id", made);
                    untouched = () -> asOfficer(() -> funding.commitments(plan.planId).stream()
                            .anyMatch(c -> c.id() == made));
                    consumes = true;
                }
                case "POST /coordination/files/{id}/delete" -> { // coordination
                    long made = standing(route, this::meetingFile);
                    values.put("id", made);
                    untouched = () -> meetingFileThere(made);
                    consumes = true;
                }
                case "POST /finance/rates/{id}/delete" -> {
                    long made = standing(route, this::exchangeRate);
                    values.put("id", made);
                    untouched = () -> asOfficer(() -> funding.rateList().stream().anyMatch(r -> r.id() == made));
                    consumes = true;
                }
                // victimdata: the officer's waiting upload; the register-computed indicator's link
                case "GET /victim-data/cases/import/{token}", "POST /victim-data/cases/import/{token}/confirm",
                        "POST /victim-data/cases/import/{token}/cancel" -> {
                    values.put("token", standing(route, this::victimImportToken));
                    consumes = route.endsWith("/cancel");
                }
                case "POST /victim-data/statistics/indicators/{id}/delete" -> values.put("id", victimIndicatorLink);
                // stakeholders: the police placed on the grid for the removal; a link issued for its withdrawal; the
                // outside organisation's link by its token
                case "POST /plans/{planId}/stakeholders/{institutionId}/remove" -> {
                    standing(route, () -> asOfficer(() -> stakeholderAnalysis.place(plan.planId,
                            new org.ariadne.stakeholders.PlacementCommand(plan.police, 3, 3, null, "Matrix"))));
                    untouched = () -> asOfficer(() -> stakeholderAnalysis.placements(plan.planId).stream()
                            .anyMatch(p -> p.institutionId() == plan.police));
                    consumes = true;
                }
                case "POST /consultations/{id}/links/{linkId}/revoke" -> {
                    long made = standing(route, () -> asOfficer(() -> consultations.addLink(consultation,
                            new org.ariadne.stakeholders.OutsideCommand("Matrix revoked", "revoked@example.org")).id()));
                    values.put("linkId", made);
                    untouched = () -> asOfficer(() -> consultations.links(consultation).stream().anyMatch(l ->
                            l.id() == made && l.state() == org.ariadne.stakeholders.LinkState.ISSUED));
                    consumes = true;
                }
                case "GET /consult/{token}", "POST /consult/{token}" -> values.put("token", consultationToken);
                case "POST /notices/{id}/read" -> values.put("id", policeNotice);
                case "POST /account/tokens/{id}/revoke" -> { // api: a token of the police focal point's
                    long made = standing(route, this::apiToken);
                    values.put("id", made);
                    untouched = () -> asPoliceFocalPoint(() -> apiTokens.mine().stream()
                            .anyMatch(t -> t.id() == made && t.active()));
                    consumes = true;
                }
                case "POST /admin/users/sign-in-mappings/{id}/delete" -> { // security (oidc): a rule to remove
                    long made = standing(route, this::signInMapping);
                    values.put("id", made);
                    untouched = () -> asAdministrator(() -> signInMappings.list().stream().anyMatch(m -> m.id() == made));
                    consumes = true;
                }
                // institutions (issue 19): a region made for the matrix
                case "GET /territorial-units/{id}/edit", "POST /territorial-units/{id}/edit" ->
                        values.put("id", standing("territorial-unit", this::territorialUnit));
                // regional: the report as PDF
                case "GET /regional/report.{format:docx|pdf}" -> values.put("format", "pdf");
                default -> {
                }
            }
            var builder = request(org.springframework.http.HttpMethod.valueOf("ANY".equals(method) ? "GET" : method),
                    fill(pattern, values));
            parameters(route, builder);
            return new Call(builder, untouched, consumes);
        }

        /** What a browser would send besides the address: stale versions and invalid forms for changes. */
        private void parameters(String route, AbstractMockHttpServletRequestBuilder<?> request) {
            var stale = "9999";
            switch (route) {
                // the error page as the container forwards to it after a bad request
                case "ANY /error", "ANY /error [text/html]" -> request
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/plans/x");
                case "POST /account/password" -> request.param("currentPassword", "not the password")
                        .param("newPassword", "").param("confirmation", "");
                case "POST /account/language" -> request.param("language", "en");
                case "POST /admin/users/{id}", "POST /institutions/{id}/edit", "POST /plans/{id}/edit",
                        "POST /victim-data/cases/{id}/edit",
                        "POST /strategic-objectives/{id}/edit", "POST /specific-objectives/{id}/edit",
                        "POST /activities/{id}/edit", "POST /indicators/{id}/edit",
                        "POST /commitments/{id}/edit" -> request.param("version", stale);
                case "POST /strategic-objectives/{id}/move", "POST /specific-objectives/{id}/move",
                        "POST /activities/{id}/move", "POST /indicators/{id}/move" -> request.param("direction", "UP");
                // plan: thematic areas, renamed with a stale version, moved up, added with no name
                case "POST /plans/{id}/areas/{areaId}" -> request.param("version", stale).param("name", "Matrix area");
                case "POST /plans/{id}/areas/{areaId}/move" -> request.param("direction", "UP");
                case "POST /plans/{id}/areas" -> request.param("name", "");
                case "GET /plans/{planId}/dashboard" -> request.param("institution", Long.toString(plan.police));
                case "GET /plans/{planId}/dashboard?download" -> request.param("download", "csv")
                        .param("chart", "objectives").param("institution", Long.toString(plan.police));
                case "GET /indicators/{indicatorId}/dashboard?download" -> request.param("download", "csv")
                        .param("chart", "trend");
                case "GET /plans/{planId}/budget?download" -> request.param("download", "csv").param("chart", "shares");
                case "GET /plans/{planId}/institutions/{institutionId}/dashboard?download" ->
                        request.param("download", "csv").param("chart", "activities");
                case "POST /reporting/{periodId}/institutions/{institutionId}/activities/{activityId}" ->
                        request.param("revision", "0").param("status", "NOT_A_STATUS");
                case "POST /reporting/{periodId}/institutions/{institutionId}/indicators/{indicatorId}/{startsOn}" ->
                        request.param("revision", "0").param("total", "many");
                case "POST /reporting/{periodId}/institutions/{institutionId}/submit",
                        "POST /reporting/{periodId}/institutions/{institutionId}/accept" ->
                        request.param("version", stale);
                case "POST /reporting/{periodId}/institutions/{institutionId}/return" -> request.param("version", stale)
                        .param("comment", "From the matrix");
                case "POST /reporting/{periodId}/institutions/{institutionId}/reopen" -> request.param("version", stale)
                        .param("reason", "From the matrix");
                case "POST /reporting/{periodId}/institutions/{institutionId}/evidence" ->
                        request.param("activityId", Long.toString(plan.training));
                case "POST /reporting/evidence/{id}/delete" -> request.param("periodId", Long.toString(period.id()))
                        .param("institutionId", Long.toString(plan.police))
                        .param("activityId", Long.toString(plan.training));
                case "POST /reporting/plans/{planId}/schedule" -> request.param("version", stale);
                case "GET /reporting/holidays", "POST /reporting/holidays", "POST /reporting/holidays/{id}/delete" ->
                        request.param("plan", Long.toString(plan.planId));
                case "GET /plans/{planId}/review", "GET /plans/{planId}/review.{format:csv|xlsx}" ->
                        request.param("half", half.label());
                case "POST /plans/{planId}/review/activities/{activityId}/rating" -> request.param("half", half.label())
                        .param("version", stale).param("rating", "9");
                case "POST /plans/{planId}/review/activities/{activityId}/corrective-actions" ->
                        request.param("half", half.label()).param("description", "");
                case "POST /plans/{planId}/review/approve", "POST /plans/{planId}/review/reopen" ->
                        request.param("half", half.label()).param("version", stale).param("reason", "From the matrix");
                case "POST /plans/{planId}/review/ratings" -> request.param("half", half.label());
                case "POST /corrective-actions/{id}/status" -> request.param("version", stale)
                        .param("status", "IN_PROGRESS").param("note", "From the matrix");
                case "POST /corrective-actions/{id}/edit" -> request.param("version", stale)
                        .param("description", "From the matrix").param("ownerInstitutionId", Long.toString(plan.police))
                        .param("dueDate", LocalDate.now().plusMonths(1).toString());
                case "GET /plans/{planId}/data-quality.{format:csv|xlsx}" ->
                        request.param("period", Long.toString(period.id()));
                case "POST /plans/{planId}/data-quality/rules/{ruleId}/remove" -> request.param("version", stale);
                case "POST /plans/{planId}/documents" -> request.param("kind", "NOT_A_KIND");
                // risks: stale versions, so that nothing is changed or deleted
                case "POST /risks/{id}/edit", "POST /risks/{id}/delete", "POST /scenarios/{id}/edit",
                        "POST /scenarios/{id}/delete" -> request.param("version", stale);
                case "POST /risks/{id}/reviewed" -> request.param("version", stale)
                        .param("nextReview", LocalDate.now().plusMonths(3).toString());
                case "POST /scenarios/{id}/activate", "POST /scenarios/{id}/deactivate" -> request
                        .param("version", stale).param("date", LocalDate.now().toString()).param("reason", "Matrix");
                case "GET /plans/{planId}/publication/preview",
                        "GET /plans/{planId}/publication/preview/tables/{name}.{format}" ->
                        request.param("kind", "PLAN");
                case "POST /plans/{planId}/publication" -> request.param("kind", "PLAN").param("fingerprint", "stale");
                case "POST /plans/{planId}/publication/{publicationId}/withdraw" -> request.param("reason", "Matrix");
                case "GET /audit.csv", "GET /audit.xlsx", "GET /audit" -> request.param("type", "report-activity")
                        .param("planId", Long.toString(plan.planId));
                // training: stale versions, so that nothing is changed or deleted
                case "POST /trainings/{id}/edit", "POST /trainings/{id}/delete", "POST /trainings/{id}/participants/typed",
                        "POST /trainings/{id}/participants/drop", "POST /trainings/needs/{id}/edit",
                        "POST /trainings/needs/{id}/delete", "POST /trainings/plan/{id}/edit",
                        "POST /trainings/plan/{id}/delete", "POST /trainers/{id}/edit", "POST /trainers/{id}/delete",
                        "POST /trainings/indicator-links/{id}/delete" -> request.param("version", stale);
                // operationalplan: a year drafted already, stale versions
                case "POST /plans/{planId}/operational-plans" -> request.param("year", Integer.toString(operationalYear));
                case "POST /plans/{planId}/operational-plans/{year}/lines/{lineId}" -> request.param("version", stale)
                        .param("decision", "INCLUDED");
                case "POST /plans/{planId}/operational-plans/{year}/approve" -> request.param("version", stale);
                case "POST /plans/{planId}/operational-plans/{year}/reopen" -> request.param("version", stale)
                        .param("reason", "Matrix");
                // coordination, services: stale versions and empty forms, so that nothing is changed or deleted
                case "POST /meetings/{id}/edit", "POST /meetings/{id}/delete", "POST /follow-up-actions/{id}/edit",
                        "POST /follow-up-actions/{id}/delete", "POST /committee-reports/{id}/edit",
                        "POST /agreements/{id}/edit", "POST /agreements/{id}/delete", "POST /services/{id}/edit" ->
                        request.param("version", stale);
                case "POST /follow-up-actions/{id}/status" -> request.param("version", stale).param("status", "DONE")
                        .param("closingNote", "Matrix");
                case "POST /agreements/{id}/notes" -> request.param("version", stale).param("year", "2025")
                        .param("note", "Matrix");
                // evaluations: stale versions, empty forms
                case "POST /evaluations/{evaluationId}/edit", "POST /evaluations/{evaluationId}/criteria/{criterion}",
                        "POST /evaluations/{evaluationId}/team/{memberId}/edit" -> request.param("version", stale);
                case "POST /evaluations/{evaluationId}/status" -> request.param("version", stale)
                        .param("status", "FINAL");
                // recommendations: stale versions and empty forms, so that nothing is changed
                case "POST /recommendations/{id}/edit", "POST /recommendations/{id}/delete",
                        "POST /recommendations/sources/{id}/edit", "POST /recommendations/{id}/activities",
                        "POST /recommendations/{id}/activities/{activityId}/remove",
                        "POST /recommendations/{id}/proposals/{proposalId}/remove",
                        "POST /recommendations/{id}/response/progress" -> request.param("version", stale)
                        .param("activityId", Long.toString(plan.training)).param("textEn", "Matrix")
                        .param("priority", "HIGH").param("status", "NOT_ADDRESSED").param("planId",
                                Long.toString(plan.planId)).param("kind", "GRETA").param("name", "Matrix")
                        .param("responseStatus", "IN_PROGRESS");
                case "POST /recommendations/{id}/proposals" -> request.param("version", stale).param("title", "Matrix")
                        .param("year", "2020");
                case "POST /recommendations/{id}/follow-ups" -> request.param("year", "2025").param("measures", "");
                case "GET /recommendations/export.docx" -> request.param("source", Long.toString(recommendationSource))
                        .param("year", "2025");
                // victimdata: a stale version, so that the link stays
                case "POST /victim-data/statistics/indicators/{id}/delete" -> request.param("version", stale);
                // stakeholders: stale versions and empty forms, so that nothing is changed or closed
                case "POST /stakeholders/contacts/{id}/edit", "POST /stakeholders/contacts/{id}/delete",
                        "POST /consultations/{id}/close" -> request.param("version", stale).param("name", "Matrix");
                case "POST /consultations/comments/{commentId}/disposition" -> request.param("version", stale)
                        .param("disposition", "ACCEPTED");
                // institutions, plan (issue 19): a stale version; the police placed in no unit (as they are); the
                // fixture's plan left national; its first strategic objective left unmapped
                case "POST /territorial-units/{id}/edit" -> request.param("version", stale).param("name", "Matrix")
                        .param("kind", "REGION");
                // regional, security (issue 19 item 2): stale versions, so that a permitted person changes nothing
                case "POST /regional/indicators/{id}/edit", "POST /admin/participants/{id}" -> request
                        .param("version", stale);
                case "POST /territorial-units/institutions" -> request.param("institutionId", Long.toString(plan.police))
                        .param("unitId", "");
                case "POST /plans/{planId}/local/mapping" -> request.param("kind", "STRATEGIC")
                        .param("elementId", Long.toString(strategic)).param("target", "");
                default -> {
                }
            }
        }

        /** The pattern with each variable replaced: by name, and for a bare id by the segment before it. */
        private String fill(String pattern, Map<String, Object> values) {
            // the only wildcard route is the health endpoint's components: ask for the database's
            var source = pattern.replace("/**", "/db");
            var matcher = VARIABLE.matcher(source);
            var filled = new StringBuilder();
            while (matcher.find()) {
                var name = matcher.group(1);
                var before = source.substring(0, matcher.start());
                var segments = before.split("/");
                var previous = segments.length == 0 ? "" : segments[segments.length - 1];
                var format = pattern.contains("/download.") || pattern.contains("/annex.") || pattern.contains("/reports/")
                        || pattern.contains("/documents/{documentId}") ? "pdf" : "csv";
                var value = values.containsKey(name) ? values.get(name) : switch (name) {
                    case "planId" -> plan.planId;
                    case "periodId" -> period.id();
                    case "institutionId" -> plan.police;
                    case "activityId" -> plan.training;
                    case "indicatorId" -> plan.victimsIdentified;
                    case "startsOn" -> period.startsOn();
                    case "format" -> format;
                    case "name" -> "activities";
                    case "ruleId" -> dataQualityRule;
                    case "entityType" -> "report-activity";
                    case "entityId" -> reportActivityEntry;
                    case "publicationId" -> reportPublication;
                    case "documentId" -> document;
                    case "number" -> 1; // versions
                    case "year" -> operationalYear; // operationalplan
                    case "lineId" -> operationalLine; // operationalplan
                    case "evaluationId" -> evaluation; // evaluations
                    case "memberId" -> evaluationMember; // evaluations
                    case "fileId" -> evaluationFile; // evaluations
                    case "criterion" -> "effectiveness"; // evaluations
                    case "areaId" -> planArea; // plan: thematic areas
                    case "noteId" -> followUpNote; // recommendations
                    case "sourceId" -> recommendationSource; // recommendations
                    case "proposalId" -> 1; // recommendations: none of the recommendation's, refused for a stale version
                    case "commentId" -> consultationComment; // stakeholders
                    case "id", "parentId", "ownerId" -> switch (previous) {
                        case "plans" -> plan.planId;
                        case "strategic-objectives" -> strategic;
                        case "specific-objectives" -> specific;
                        case "activities" -> plan.training;
                        case "indicators" -> plan.victimsIdentified;
                        case "institutions" -> plan.police;
                        case "users" -> targetUser;
                        case "documents" -> document;
                        case "corrective-actions" -> correctiveAction;
                        case "evidence" -> evidence;
                        case "holidays" -> holiday;
                        case "cases" -> victimCase;
                        case "risks" -> risk;
                        case "scenarios" -> scenario;
                        case "strategies" -> strategy; // strategy
                        case "meetings" -> meeting; // coordination
                        case "files" -> meetingFile;
                        case "follow-up-actions" -> followUpAction;
                        case "committee-reports" -> committeeReport;
                        case "agreements" -> agreement;
                        case "services" -> service; // services
                        case "trainings" -> training; // training
                        case "needs" -> trainingNeed; // training
                        case "plan" -> plannedTraining; // training
                        case "trainers" -> trainer; // training
                        case "indicator-links" -> trainingLink; // training
                        case "recommendations" -> recommendation; // recommendations
                        case "sources" -> recommendationSource; // recommendations
                        case "contacts" -> contact; // stakeholders
                        case "consultations" -> consultation; // stakeholders
                        case "participants" -> org.ariadne.common.participant.ParticipantScope.HOME; // security
                        default -> throw new IllegalStateException("no value for {" + name + "} after " + previous);
                    };
                    default -> throw new IllegalStateException("no value for {" + name + "} in " + pattern);
                };
                matcher.appendReplacement(filled, String.valueOf(value));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        // security (oidc): a single sign-on rule, for removing
        private long signInMapping() {
            return asAdministrator(() -> signInMappings.add(new OidcMappings.Command(OidcMapping.Kind.GROUP,
                    org.ariadne.support.Unique.username("matrix-group"), java.util.EnumSet.of(Role.MEMBER), null)));
        }

        private <T> T asAdministrator(java.util.function.Supplier<T> work) {
            TestSignIn.onThisThread(Role.ADMINISTRATOR);
            try {
                return work.get();
            } finally {
                TestSignIn.clear();
            }
        }

        // institutions (issue 19): a region, for its edit page
        private long territorialUnit() {
            TestSignIn.onThisThread(Role.ADMINISTRATOR);
            try {
                return territorialUnits.create(new org.ariadne.institutions.TerritorialUnitCommand(
                        Unique.name("Matrix region"), org.ariadne.institutions.TerritorialUnitKind.REGION, null, null,
                        null, null));
            } finally {
                TestSignIn.clear();
            }
        }

        // api: a token of the police's focal point (the account signed in as FOCAL_POINT_OWN), for revoking
        private long apiToken() {
            return asPoliceFocalPoint(() -> apiTokens.create(new org.ariadne.api.ApiTokenCommand("Matrix token",
                    org.ariadne.api.TokenScope.READ, LocalDate.now().plusDays(10))).view().id());
        }

        private <T> T asPoliceFocalPoint(java.util.function.Supplier<T> work) {
            var signedIn = (org.springframework.security.core.context.SecurityContext) sessions
                    .get(Who.FOCAL_POINT_OWN).getAttribute("SPRING_SECURITY_CONTEXT");
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(signedIn.getAuthentication());
            try {
                return work.get();
            } finally {
                TestSignIn.clear();
            }
        }
    }

    @FunctionalInterface
    private interface Making<T> {
        T make() throws Exception;
    }

    private record PlanTreeIds(long plan, long strategic, long specific, long activity, long indicator) {
    }
}
