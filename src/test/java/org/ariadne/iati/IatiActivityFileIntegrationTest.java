package org.ariadne.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.ariadne.finance.AllocationCommand;
import org.ariadne.finance.CommitmentCommand;
import org.ariadne.finance.CommitmentKind;
import org.ariadne.finance.Funding;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Direction;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18, item 3: the plan's IATI activity file is valid against the official IATI 2.03 schema (shipped in
 * {@code src/test/resources/iati/2.03}) and tells a donor what the plan holds: the donor-funded activity (only it) with
 * its identifier, its budget over the years, the donors' commitment and the money spent, and its indicator's baseline,
 * the year's target and the actual value accepted from the police's reports. Only the office and members download it.
 */
@AriadneIntegrationTest
class IatiActivityFileIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans plans;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Funding funding;
    @Autowired
    IatiProperties publisher;
    @Autowired
    org.ariadne.security.UserAccounts accounts;
    @Autowired
    org.ariadne.api.ApiTokens tokens;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theFileOfAPlanWithSeveralDonorsIsValidIati203AndSaysWhatTheDonorsFundAndWhatWasAchieved() throws Exception {
        var fixture = new Fixture();

        var response = mvc.perform(get("/plans/" + fixture.plan.id() + "/iati").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xml")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        byte[] xml = response.getContentAsByteArray();

        assertThat(schemaErrors(xml)).as("errors against the IATI 2.03 schema").isEmpty();

        var file = parse(xml);
        // only the donor-funded activity: the shelter's, paid by the state budget alone, is not the donors' business
        assertThat(texts(file, "/iati-activities/iati-activity/iati-identifier"))
                .containsExactly(publisher.reportingOrgRef() + "-AP" + fixture.plan.id() + "-A1.1.1");
        var activity = (Element) xpath(file, "/iati-activities/iati-activity").item(0);
        assertThat(activity.getAttribute("xml:lang")).isEqualTo(publisher.language());
        assertThat(texts(file, "//iati-activity/participating-org[@role='1']/narrative"))
                .satisfiesExactlyInAnyOrder(name -> assertThat(name).startsWith(fixture.donorAName),
                        name -> assertThat(name).startsWith(fixture.donorBName));
        assertThat(texts(file, "//iati-activity/participating-org[@role='4']/narrative"))
                .satisfiesExactly(name -> assertThat(name).startsWith(fixture.policeName),
                        name -> assertThat(name).startsWith(fixture.ngoName));

        // the budget: every line of the activity, year by year, 4000 + 5000 + 1000 + 3000
        assertThat(sum(texts(file, "//iati-activity/budget/value"))).isEqualByComparingTo("13000");
        assertThat(texts(file, "//iati-activity/budget/period-start/@iso-date"))
                .contains(fixture.startYear + "-01-01", fixture.year + "-01-01", fixture.endYear + "-01-01");

        // the transactions: donor A's agreement, and the 400 the police reported spending from donor B's money
        assertThat(texts(file, "//transaction[transaction-type/@code='11']/value")).containsExactly("3000");
        assertThat(texts(file, "//transaction[transaction-type/@code='11']/provider-org/narrative"))
                .singleElement().asString().startsWith(fixture.donorAName);
        assertThat(texts(file, "//transaction[transaction-type/@code='4']/value")).containsExactly("400");
        assertThat(texts(file, "//transaction[transaction-type/@code='4']/provider-org/narrative"))
                .singleElement().asString().startsWith(fixture.donorBName);

        // the indicator: baseline, the year's target and the actual value of the accepted reports of that year
        var indicator = "//result[@type='1']/indicator[title/narrative='Victims identified']";
        assertThat(texts(file, indicator + "/@measure")).containsExactly("1");
        assertThat(texts(file, indicator + "/@ascending")).containsExactly("1");
        assertThat(texts(file, indicator + "/baseline/@year")).containsExactly(Integer.toString(fixture.startYear - 1));
        assertThat(texts(file, indicator + "/baseline/@value")).containsExactly("12");
        var period = indicator + "/period[period-start/@iso-date='" + fixture.year + "-01-01' and period-end/@iso-date='"
                + fixture.year + "-12-31']";
        assertThat(texts(file, period + "/target/@value")).containsExactly("60");
        assertThat(texts(file, period + "/actual/@value")).containsExactly(fixture.actualOfTheYear.toPlainString());
        // the final target over the plan's period
        assertThat(texts(file, indicator + "/period[period-end/@iso-date='" + fixture.endYear + "-12-31']/target/@value"))
                .containsExactly("200");
        // an outcome indicator of the activity is a result of its own type
        assertThat(texts(file, "//result[@type='2']/indicator/title/narrative")).containsExactly("Convictions secured");
    }

    @Test
    void aDonorsSystemReadsTheSameFileThroughTheApiWithAMembersToken() throws Exception {
        long police = plans.institution("Police", InstitutionType.POLICE);
        long donor = plans.institution("Donor", InstitutionType.DONOR);
        var plan = plans.build(aPlan().running(2025, 2027)
                .withActivity(anActivity("A1.1.1", "Training").ledBy(police)
                        .budget(2025, FundingSourceKind.DONOR, donor, "1000", null)));
        var username = Unique.username("iati-member");
        accounts.createAtStartUp(new org.ariadne.security.UserCommand(username, "Donor member",
                username + "@test.invalid", null, java.util.EnumSet.of(Role.MEMBER), null, true, "Iati-test-password-2026"));
        var member = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(member, null, member.getAuthorities()));
        var token = tokens.create(new org.ariadne.api.ApiTokenCommand("donor system", org.ariadne.api.TokenScope.READ,
                LocalDate.now().plusDays(30))).token();
        TestSignIn.clear();

        var response = mvc.perform(get("/api/v1/plans/" + plan.id() + "/iati").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(schemaErrors(response.getContentAsByteArray())).isEmpty();
        assertThat(texts(parse(response.getContentAsByteArray()), "//iati-identifier"))
                .containsExactly(publisher.reportingOrgRef() + "-AP" + plan.id() + "-A1.1.1");
    }

    @Test
    void aPlanWithoutDonorFundedActivitiesSaysSoInsteadOfGivingAnInvalidFile() throws Exception {
        long ministry = plans.institution("Ministry", InstitutionType.MINISTRY);
        var title = Unique.name("State-funded plan");
        var plan = plans.build(aPlan().named(title).running(2025, 2027)
                .withActivity(anActivity("A1.1.1", "Hotline").ledBy(ministry)
                        .budget(2025, FundingSourceKind.STATE_BUDGET, ministry, "1000", "1000")));

        var html = mvc.perform(get("/plans/" + plan.id() + "/iati").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getHeader("Content-Disposition")).isNull();
        var page = org.jsoup.Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("No IATI file for this plan");
        assertThat(page.select("#iati-none .notice").text()).contains(title).contains("no donor-funded activity");
    }

    @Test
    void onlyTheOfficeAndTheMembersDownloadTheFile() throws Exception {
        long police = plans.institution("Police", InstitutionType.POLICE);
        long donor = plans.institution("Donor", InstitutionType.DONOR);
        var plan = plans.build(aPlan().running(2025, 2027)
                .withActivity(anActivity("A1.1.1", "Training").ledBy(police)
                        .budget(2025, FundingSourceKind.DONOR, donor, "1000", null)));
        var url = "/plans/" + plan.id() + "/iati";

        for (var role : List.of(Role.COORDINATOR, Role.ME_OFFICER, Role.MEMBER)) {
            mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk());
        }
        // a focal point, even of the activity's own institution, reads its own reports only, not the plan's figures
        mvc.perform(get(url).with(TestSignIn.as(TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT))))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).with(TestSignIn.as(Role.EVALUATOR))).andExpect(status().isForbidden());
        mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        // the link on the plan page is there for a member, not for a focal point
        var memberPage = mvc.perform(get("/plans/" + plan.id()).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(memberPage).select("a#iati-link").attr("href")).isEqualTo(url);
        var focalPage = mvc.perform(get("/plans/" + plan.id())
                        .with(TestSignIn.as(TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(focalPage).select("a#iati-link")).isEmpty();
    }

    /**
     * A plan over three years (last year to next year) with quarterly reporting: the police lead "Training of police
     * officers", supported by an NGO, paid by donor A (two years), donor B and the state budget, with donor A's signed
     * agreement allocated to it; its indicator "Victims identified" has a baseline, a target for the year of the last
     * ended quarter and a final target; the police report 20 and 30 victims in the last two ended quarters and 400
     * spent from donor B's money, and the coordinator accepts both. The shelter's activity is state-funded only.
     */
    private final class Fixture {

        final int startYear;
        final int endYear;
        final int year;
        final BuiltPlan plan;
        // the directory's names are these words with a suffix that keeps them apart from other tests' institutions
        final String donorAName = "Donor A";
        final String donorBName = "Donor B";
        final String policeName = "Police";
        final String ngoName = "Victims' NGO";
        final BigDecimal actualOfTheYear;

        Fixture() {
            int thisYear = LocalDate.now().getYear();
            startYear = thisYear - 1;
            endYear = thisYear + 1;
            year = LocalDate.now().getMonthValue() <= 3 ? thisYear - 1 : thisYear;
            long donorA = plans.institution(donorAName, InstitutionType.DONOR);
            long donorB = plans.institution(donorBName, InstitutionType.INTERNATIONAL_ORGANISATION);
            long police = plans.institution(policeName, InstitutionType.POLICE);
            long ngo = plans.institution(ngoName, InstitutionType.NGO);
            long shelter = plans.institution("Shelter", InstitutionType.SHELTER_NGO);
            plan = plans.build(aPlan().named(Unique.name("Donor plan")).running(startYear, endYear)
                    .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                    .withSpecificObjective("SO 1.1", "Identification")
                    .withActivity(anActivity("A1.1.1", "Training of police officers").ledBy(police).supportedBy(ngo)
                            .describedAs("Two-day courses on identifying victims for front-line officers")
                            .expecting("Police officers identify more victims")
                            .budget(startYear, FundingSourceKind.DONOR, donorA, "4000", "4000")
                            .budget(year, FundingSourceKind.DONOR, donorB, "5000", "2000")
                            .budget(year, FundingSourceKind.STATE_BUDGET, police, "1000", "1000")
                            .budget(endYear, FundingSourceKind.DONOR, donorA, "3000", null)
                            .withIndicator(anIndicator("Victims identified").level(ResultLevel.OUTPUT)
                                    .direction(Direction.INCREASE).baseline("12", startYear - 1, "Police records")
                                    .yearTarget(year, "60").target("200", endYear))
                            .withIndicator(anIndicator("Convictions secured").level(ResultLevel.OUTCOME).target("10")))
                    .withActivity(anActivity("A1.1.2", "Shelter beds").ledBy(shelter)
                            .budget(year, FundingSourceKind.STATE_BUDGET, shelter, "2000", "2000")));
            long training = plan.element("A1.1.1");
            long victims = plan.indicator("Victims identified");

            TestSignIn.onThisThread(Role.ME_OFFICER);
            funding.create(plan.id(), new CommitmentCommand(donorA, null, FundingSourceKind.DONOR,
                    CommitmentKind.AGREEMENT, Unique.name("GRANT"), new BigDecimal("3000"), "EUR",
                    LocalDate.of(year, 2, 1), null, null, List.of(new AllocationCommand(training, year,
                    new BigDecimal("3000")))));
            schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                    DeadlineRule.Kind.DAYS_AFTER, 15, 5));
            var ended = schedules.periods(plan.id()).stream().filter(p -> p.endsOn().isBefore(LocalDate.now())).toList();
            var last = ended.get(ended.size() - 1);
            var earlier = ended.get(ended.size() - 2);
            report(earlier, police, training, victims, "20", List.of());
            report(last, police, training, victims, "30",
                    List.of(new SpendingCommand(FundingSourceKind.DONOR, donorB, new BigDecimal("400"))));
            // the year's actual: the victims of that year's quarters added up, as progress counts them
            var actual = new BigDecimal("30");
            if (earlier.endsOn().getYear() == year) {
                actual = actual.add(new BigDecimal("20"));
            }
            actualOfTheYear = actual;
            TestSignIn.clear();
        }

        private void report(PeriodView period, long police, long training, long victims, String count,
                List<SpendingCommand> spending) {
            var focal = TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT);
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
            reports.saveActivity(period.id(), police, training, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, "Officers trained", null, spending));
            reports.saveValue(period.id(), police, victims, period.startsOn(), 0,
                    new ValueCommand(new BigDecimal(count), null, null, Map.of(), null));
            reports.submit(period.id(), police, reports.sheet(period.id(), police).reportVersion());
            TestSignIn.onThisThread(Role.COORDINATOR);
            reports.accept(period.id(), police, reports.sheet(period.id(), police).reportVersion());
        }
    }

    /** Every error and warning of the validation against the shipped IATI 2.03 schema, printed when there are some. */
    private static List<String> schemaErrors(byte[] xml) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(IatiActivityFileIntegrationTest.class.getResource("/iati/2.03/iati-activities-schema.xsd"));
        var validator = schema.newValidator();
        var errors = new ArrayList<String>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("error at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal error at line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        if (!errors.isEmpty()) {
            System.out.println(new String(xml, StandardCharsets.UTF_8));
            errors.forEach(System.out::println);
        }
        return errors;
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static NodeList xpath(Document document, String expression) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.NODESET);
    }

    private static List<String> texts(Document document, String expression) throws Exception {
        var nodes = xpath(document, expression);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static BigDecimal sum(List<String> values) {
        return values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
