package org.ariadne.reportingcycle.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The M&E officer changes a plan's deadline rule and sees the deadlines still to come move; a public holiday on
 * the new deadline moves it to the next working day. Deadlines that have passed stay.
 */
@AriadneIntegrationTest
class ScheduleFormIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    ReportingFixture plan;
    String url;
    LocalDate addedHoliday;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        url = "/reporting/plans/" + plan.planId + "/schedule";
    }

    @AfterEach
    void removeTheHolidayIfATestFailedBeforeDoingSo() {
        if (addedHoliday != null) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            schedules.holidayList().stream().filter(h -> h.day().equals(addedHoliday))
                    .forEach(h -> schedules.removeHoliday(h.id()));
        }
        TestSignIn.clear();
    }

    @Test
    void theFifthWorkingDayRuleMovesTheDeadlinesToComeAndAHolidayMovesThemAgain() throws Exception {
        var before = page(url);
        assertThat(before.select("select#periodLength option[selected]").attr("value")).isEqualTo("QUARTERLY");
        var firstDeadline = deadline(before, firstPeriod(before));
        var upcoming = before.select("#periods tbody tr").last().attr("data-period");
        var endOfUpcoming = endOf(upcoming);
        assertThat(deadline(before, upcoming)).isEqualTo(endOfUpcoming.plusDays(15));

        mvc.perform(save(version(before), "WORKING_DAY", "5")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url));

        var fifth = fifthWorkingDay(endOfUpcoming, holidays());
        var after = page(url);
        assertThat(after.select("input[name=deadlineKind][checked]").attr("value")).isEqualTo("WORKING_DAY");
        assertThat(deadline(after, upcoming)).isEqualTo(fifth);
        assertThat(deadline(after, firstPeriod(after))).as("a deadline that has passed stays").isEqualTo(firstDeadline);

        addedHoliday = fifth;
        mvc.perform(post("/reporting/holidays").param("day", fifth.toString()).param("name", "Test holiday")
                        .param("plan", String.valueOf(plan.planId)).with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection());
        var withHoliday = page(url);
        assertThat(deadline(withHoliday, upcoming)).isEqualTo(fifthWorkingDay(endOfUpcoming, holidays()))
                .isAfter(fifth);
        assertThat(withHoliday.select("#holiday-list").text()).contains("Test holiday");

        var holidayPage = page("/reporting/holidays?plan=" + plan.planId);
        var remove = holidayPage.select("tr[data-day=" + fifth + "] form").attr("action");
        mvc.perform(post(remove).with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().is3xxRedirection());
        addedHoliday = null;
        assertThat(deadline(page(url), upcoming)).isEqualTo(fifth);
    }

    @Test
    void invalidInputIsExplainedInTheUsersLanguageAndKept() throws Exception {
        var version = version(page(url));
        var english = Jsoup.parse(mvc.perform(save(version, "WORKING_DAY", "0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select(".field.invalid .field-error").text()).isEqualTo("Between 1 and 60 days for the deadline, 0 to 60 for the reminder.");

        var albanian = Jsoup.parse(mvc.perform(save(version, "WORKING_DAY", "five").param("lang", "sq"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(albanian.select("#deadlineDays-error").text()).isEqualTo("Shkruani një numër të plotë.");
        // a number input shows no unreadable text (a browser never sends any); the other choices stay as made
        assertThat(albanian.select("input[name=deadlineKind][checked]").attr("value")).isEqualTo("WORKING_DAY");
        assertThat(albanian.select("input#remindDaysBefore").val()).isEqualTo("5");
        assertThat(albanian.select("h1").text()).isEqualTo("Cilësimet e raportimit");
        // nothing was saved
        assertThat(page(url).select("input[name=deadlineKind][checked]").attr("value")).isEqualTo("DAYS_AFTER");
    }

    @Test
    void aStaleFormDoesNotOverwriteWhatSomeoneElseSaved() throws Exception {
        var version = version(page(url));
        mvc.perform(save(version, "WORKING_DAY", "5")).andExpect(status().is3xxRedirection());

        var conflict = Jsoup.parse(mvc.perform(save(version, "DAYS_AFTER", "20")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(conflict.select("#conflict").text()).contains("Someone else changed these settings");
        assertThat(conflict.select("input#deadlineDays").val()).isEqualTo("20");
        assertThat(page(url).select("input#deadlineDays").val()).isEqualTo("5");
        // saving again, knowingly, replaces their settings
        mvc.perform(save(Integer.parseInt(conflict.select("input[name=version]").val()), "DAYS_AFTER", "20"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url).select("input#deadlineDays").val()).isEqualTo("20");
    }

    @Test
    void aHolidayWithAnUnreadableDateIsExplainedAndItsNameKept() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/reporting/holidays").param("plan", String.valueOf(plan.planId))
                        .param("day", "31 February").param("name", "Independence Day")
                        .with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#holiday-form .flash.problem").text()).isEqualTo("Check the fields marked below.");
        assertThat(page.select("#day-error").text()).isNotBlank();
        assertThat(page.select("#name-error")).isEmpty();
        assertThat(page.select("#holiday-form input[name=name]").val()).isEqualTo("Independence Day");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(schedules.holidayList()).noneMatch(holiday -> holiday.name().equals("Independence Day"));
    }

    @Test
    void aPlanWithoutReportingIsSetUpFromTheForm() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var bare = editing.createPlan(new org.ariadne.plan.PlanCommand(org.ariadne.support.Unique.name("No reporting"),
                null, null, null, LocalDate.now().getYear(), LocalDate.now().getYear() + 2,
                org.ariadne.plan.PlanStatus.ADOPTED));
        TestSignIn.clear();
        var bareUrl = "/reporting/plans/" + bare + "/schedule";
        assertThat(page(bareUrl).select("#not-started")).hasSize(1);

        mvc.perform(post(bareUrl).param("version", "0").param("active", "true").param("periodLength", "HALF_YEARLY")
                        .param("deadlineKind", "DAYS_AFTER").param("deadlineDays", "30").param("remindDaysBefore", "3")
                        .with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().is3xxRedirection());

        var page = page(bareUrl);
        assertThat(page.select("#not-started")).isEmpty();
        assertThat(page.select("#periods tbody tr").eachAttr("data-period")).first().asString().endsWith("-H1");
    }

    private MockHttpServletRequestBuilder save(int version, String kind, String days) {
        return post(url).param("version", String.valueOf(version)).param("active", "true").param("_active", "on")
                .param("periodLength", "QUARTERLY").param("deadlineKind", kind).param("deadlineDays", days)
                .param("remindDaysBefore", "5").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static int version(Document page) {
        return Integer.parseInt(page.select("#schedule-form input[name=version]").val());
    }

    private static String firstPeriod(Document page) {
        return page.select("#periods tbody tr").first().attr("data-period");
    }

    private static LocalDate deadline(Document page, String period) {
        return LocalDate.parse(page.select("#periods tr[data-period=" + period + "] time[data-deadline]").attr("datetime"));
    }

    /** "2026-Q4" ends on 31 December 2026. */
    private static LocalDate endOf(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = Integer.parseInt(quarter.substring(6));
        return LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
    }

    private Set<LocalDate> holidays() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var days = new HashSet<LocalDate>();
            schedules.holidayList().forEach(h -> days.add(h.day()));
            return days;
        } finally {
            TestSignIn.clear();
        }
    }

    /** Counted by hand: the fifth day after the period that is neither a weekend nor a holiday. */
    private static LocalDate fifthWorkingDay(LocalDate periodEnd, Set<LocalDate> holidays) {
        var day = periodEnd;
        int working = 0;
        while (working < 5) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.contains(day)) {
                working++;
            }
        }
        return day;
    }
}
