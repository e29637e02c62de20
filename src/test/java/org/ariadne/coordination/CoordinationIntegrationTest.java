package org.ariadne.coordination;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordination pages on the real database, as the office, the focal points and members use them: a National
 * Authority session recorded with attendance and two decisions, its calendar file, a follow-up action added to a
 * decision, reminded to its owner and closed by the owner's focal point; what a form says when it cannot be saved;
 * files checked by content and size; a local committee's months; an agreement near expiry in the office's notices.
 */
@AriadneIntegrationTest
class CoordinationIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    CoordinationReminders reminders;
    @Autowired
    Agreements agreements;
    @Autowired
    FollowUpActions actions;

    long police;
    long ministry;
    long shelter;
    BuiltPlan plan;
    long training;
    SignedInUser policeFocalPoint;
    SignedInUser shelterFocalPoint;

    @BeforeEach
    void institutionsAndAPlan() {
        police = testPlans.institution(Unique.name("Police"), InstitutionType.POLICE);
        ministry = testPlans.institution(Unique.name("Ministry of Justice"), InstitutionType.MINISTRY);
        shelter = testPlans.institution(Unique.name("Shelter"), InstitutionType.SHELTER_NGO);
        plan = testPlans.build(aPlan().named(Unique.name("Coordination plan")).running(2025, 2027)
                .withStrategicObjective("SO 1", "Partnership", ThematicArea.PARTNERSHIP)
                .withSpecificObjective("SO 1.1", "Coordination")
                .withActivity(anActivity("A1.1.1", "Quarterly National Authority sessions").ledBy(police)));
        training = plan.element("A1.1.1");
        policeFocalPoint = TestSignIn.user(Unique.username("fp-police"), police, Role.FOCAL_POINT);
        shelterFocalPoint = TestSignIn.user(Unique.username("fp-shelter"), shelter, Role.FOCAL_POINT);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The meeting form as a browser sends it: three attendance rows and three decision boxes, some left empty. */
    private MockHttpServletRequestBuilder meetingForm(MockHttpServletRequestBuilder request, String title) {
        return meetingForm(request, title, LocalDate.now().minusDays(2).toString());
    }

    private MockHttpServletRequestBuilder meetingForm(MockHttpServletRequestBuilder request, String title,
            String heldOn) {
        return request.with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("kind", "NATIONAL_AUTHORITY").param("title", title)
                .param("heldOn", heldOn).param("startsAt", "10:00")
                .param("endsAt", "12:30").param("place", "Government building, hall 3")
                .param("agenda", "Opening\nAnnual report, 2025\nAny other business")
                .param("invited", String.valueOf(police), String.valueOf(ministry))
                .param("invitedPersons", "").param("committeeId", "")
                .param("attendanceInstitution", String.valueOf(police), String.valueOf(ministry), "")
                .param("attendanceRole", "Director of investigations", "Deputy minister", "")
                .param("attendanceWomen", "2", "1", "").param("attendanceMen", "3", "", "")
                .param("decisions", "Adopt the annual report, with the changes agreed", "Set up a working group on labour exploitation", "")
                .param("minutes", "The session opened at 10:00.\nThe report was adopted.");
    }

    private long recordMeeting(String title) throws Exception {
        var location = mvc.perform(meetingForm(post("/meetings/new"), title)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theOfficerRecordsANationalAuthoritySessionWithAttendanceAndTwoNumberedDecisions() throws Exception {
        var title = Unique.name("National Authority session");
        long id = recordMeeting(title);

        var meeting = page(get("/meetings/" + id).with(TestSignIn.as(Role.MEMBER)));
        assertThat(meeting.select("h1").text()).isEqualTo(title);
        assertThat(meeting.select("#agenda li")).extracting(li -> li.text())
                .containsExactly("Opening", "Annual report, 2025", "Any other business");
        assertThat(meeting.select("#attendance tbody tr")).hasSize(2);
        assertThat(meeting.select("#attendance tbody tr").get(0).text()).contains("Director of investigations", "2 3 5");
        assertThat(meeting.select("#attendance-totals").text()).contains("Total", "3 3 6");
        assertThat(meeting.select("#attendance caption").text()).isEqualTo("6 people from 2 institutions");
        assertThat(meeting.select("#decisions li")).extracting(li -> li.id()).containsExactly("decision-1", "decision-2");
        assertThat(meeting.select("#decision-2").text()).contains("Set up a working group on labour exploitation");
        assertThat(meeting.select("#minutes p")).hasSize(2);

        var list = page(get("/meetings").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(list.select("#meeting-" + id).text()).contains(title, "National Authority session", "6", "2");
        var csv = mvc.perform(get("/meetings.csv").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(title);
    }

    @Test
    void theInvitationIsACalendarFileWithTheMeetingsLocalTimes() throws Exception {
        var title = Unique.name("Session; with, commas");
        long id = recordMeeting(title);

        var response = mvc.perform(get("/meetings/" + id + "/invitation.ics").with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".ics");
        var calendar = InvitationsUnitTest.StrictCalendar.read(response.getContentAsString(StandardCharsets.UTF_8));
        var event = calendar.component("VEVENT");
        assertThat(event.get("SUMMARY").text()).isEqualTo(title);
        assertThat(event.get("DTSTART").value()).isEqualTo(LocalDate.now().minusDays(2).toString().replace("-", "")
                + "T100000");
        assertThat(event.get("DESCRIPTION").text()).isEqualTo("1. Opening\n2. Annual report, 2025\n3. Any other business");
    }

    @Test
    void aFocalPointReadsOnlyTheMeetingsTheirInstitutionIsInvitedTo() throws Exception {
        long id = recordMeeting(Unique.name("Invited session"));

        assertThat(page(get("/meetings").with(TestSignIn.as(policeFocalPoint))).select("#meeting-" + id)).hasSize(1);
        assertThat(page(get("/meetings").with(TestSignIn.as(shelterFocalPoint))).select("#meeting-" + id)).isEmpty();
        mvc.perform(get("/meetings/" + id).with(TestSignIn.as(shelterFocalPoint))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id + "/invitation.ics").with(TestSignIn.as(shelterFocalPoint)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id).with(TestSignIn.as(Role.EVALUATOR))).andExpect(status().isForbidden());
    }

    @Test
    void theSearchBoxFindsAMeetingByItsDecisionsForThoseWhoMayReadIt() throws Exception {
        var title = Unique.name("Searchable session");
        long id = recordMeeting(title);

        var found = page(get("/search").param("q", "labour exploitation working group").with(TestSignIn.as(Role.MEMBER)));
        assertThat(found.select("a[href$=/meetings/" + id + "]")).hasSize(1);
        var invited = page(get("/search").param("q", title).with(TestSignIn.as(policeFocalPoint)));
        assertThat(invited.select("a[href$=/meetings/" + id + "]")).hasSize(1);
        var other = page(get("/search").param("q", title).with(TestSignIn.as(shelterFocalPoint)));
        assertThat(other.select("a[href$=/meetings/" + id + "]")).isEmpty();
    }

    @Test
    void aMeetingThatCannotBeSavedComesBackWithEveryReasonAndTheInputAsTyped() throws Exception {
        var form = page(post("/meetings/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("kind", "LOCAL_COMMITTEE").param("title", "").param("heldOn", "2026-02-20")
                .param("startsAt", "14:00").param("endsAt", "13:00").param("committeeId", "")
                .param("attendanceInstitution", String.valueOf(police), "", "")
                .param("attendanceRole", "", "Observer", "")
                .param("attendanceWomen", "two", "", "").param("attendanceMen", "1", "", "")
                .param("decisions", "Keep this decision", "", "").param("agenda", "Item one"));

        var reasons = form.select(".flash.problem").text();
        assertThat(reasons).contains("Title: Fill this in.", "The meeting must end after it starts.", "Choose the municipality whose local committee met.",
                "Row 1: fill in the role", "Row 1: women and men are whole numbers", "Row 2: choose the institution.");
        assertThat(form.selectFirst("#agenda").text()).isEqualTo("Item one");
        assertThat(form.selectFirst("#decision-1").text()).isEqualTo("Keep this decision");
        assertThat(form.selectFirst("#attendance-women-1").val()).isEqualTo("two");
        assertThat(form.selectFirst("#attendance-role-2").val()).isEqualTo("Observer");
        assertThat(form.select("#attendance-rows .row-group")).as("the two rows typed and three spare ones").hasSize(5);

        var unreadable = page(meetingForm(post("/meetings/new"), "Session on a day that does not exist",
                "2026-02-30"));
        assertThat(unreadable.select(".flash.problem").text()).contains("Date: Enter a date as YYYY-MM-DD.");
        assertThat(unreadable.selectFirst("#title").val()).isEqualTo("Session on a day that does not exist");
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndNothingIsOverwritten() throws Exception {
        var title = Unique.name("Session edited twice");
        long id = recordMeeting(title);
        mvc.perform(meetingForm(post("/meetings/" + id + "/edit"), title + " (first)").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        var conflict = page(meetingForm(post("/meetings/" + id + "/edit"), title + " (second)").param("version", "0"));

        assertThat(conflict.select(".flash.problem").text()).contains("changed this meeting");
        assertThat(conflict.selectFirst("#title").val()).isEqualTo(title + " (second)");
        assertThat(page(get("/meetings/" + id).with(TestSignIn.as(Role.MEMBER))).select("h1").text())
                .isEqualTo(title + " (first)");
    }

    @Test
    void minutesFilesAreCheckedByContentAndSizeAndReadByThoseWhoReadTheMeeting() throws Exception {
        long id = recordMeeting(Unique.name("Session with minutes"));
        var upload = "/meetings/" + id + "/files";

        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", PDF))
                .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        for (var refused : List.of(
                new Object[] {new MockMultipartFile("file", "minutes.pdf", "application/pdf", "<html><script>".getBytes()),
                        "minutes.pdf is not a PDF"},
                new Object[] {new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), "The file is empty"},
                new Object[] {new MockMultipartFile("file", "huge.pdf", "application/pdf", huge()), "larger than 10 MB"})) {
            var flash = mvc.perform(multipart(upload).file((MockMultipartFile) refused[0])
                    .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())).andExpect(status().is3xxRedirection())
                    .andReturn().getFlashMap();
            var page = page(get("/meetings/" + id).with(TestSignIn.as(Role.ME_OFFICER))
                    .flashAttrs(flash));
            assertThat(page.select(".flash.problem").text()).contains((String) refused[1]);
        }

        var meeting = page(get("/meetings/" + id).with(TestSignIn.as(policeFocalPoint)));
        assertThat(meeting.select("#file-list li a")).extracting(a -> a.text()).containsExactly("minutes.pdf");
        var href = meeting.selectFirst("#file-list li a").attr("href");
        var file = mvc.perform(get(href).with(TestSignIn.as(policeFocalPoint))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        mvc.perform(get(href).with(TestSignIn.as(shelterFocalPoint))).andExpect(status().isNotFound());
    }

    private static byte[] huge() {
        var content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    @Test
    void aFollowUpActionOfADecisionRemindsItsOwnerAndIsClosedByTheOwnersFocalPointWithANote() throws Exception {
        long meeting = recordMeeting(Unique.name("Session with an action"));
        var description = Unique.name("Draft the terms of reference of the working group");
        var location = mvc.perform(post("/meetings/" + meeting + "/actions/new").with(TestSignIn.as(Role.ME_OFFICER))
                        .with(csrf()).param("description", description).param("decisionNumber", "2")
                        .param("ownerId", String.valueOf(police)).param("dueOn", LocalDate.now().plusDays(3).toString())
                        .param("activityId", String.valueOf(training)).param("status", "OPEN").param("closingNote", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long action = Long.parseLong(location.substring(location.indexOf("#action-") + 8));

        // the owner's focal points are reminded once; the notice leads to the register
        reminders.remind();
        reminders.remind();
        var notices = page(get("/notices").with(TestSignIn.as(policeFocalPoint)));
        assertThat(notices.text()).containsOnlyOnce("Follow-up action \"" + description + "\"");
        assertThat(notices.text()).contains("is due on " + LocalDate.now().plusDays(3));
        assertThat(page(get("/notices").with(TestSignIn.as(shelterFocalPoint))).text()).doesNotContain(description);

        var register = page(get("/follow-up-actions").param("owner", String.valueOf(police))
                .with(TestSignIn.as(policeFocalPoint)));
        var row = register.selectFirst("#action-" + action);
        assertThat(row.text()).contains(description, "decision 2", "Quarterly National Authority sessions", "open");
        assertThat(row.select("#status-form-" + action)).hasSize(1);
        assertThat(page(get("/follow-up-actions").with(TestSignIn.as(shelterFocalPoint))).select("#action-" + action))
                .isEmpty();

        // done needs a note; the other institution's focal point may not touch it
        var refused = mvc.perform(post("/follow-up-actions/" + action + "/status").with(TestSignIn.as(policeFocalPoint))
                .with(csrf()).param("version", "0").param("status", "DONE").param("closingNote", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(page(get("/follow-up-actions").with(TestSignIn.as(policeFocalPoint)).flashAttrs(refused))
                .select(".flash.problem").text()).contains("closing note");
        mvc.perform(post("/follow-up-actions/" + action + "/status").with(TestSignIn.as(shelterFocalPoint)).with(csrf())
                .param("version", "0").param("status", "DONE").param("closingNote", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/follow-up-actions/" + action + "/status").with(TestSignIn.as(policeFocalPoint)).with(csrf())
                .param("version", "0").param("status", "DONE").param("closingNote", "Terms of reference sent")
                .param("back", "meeting")).andExpect(status().is3xxRedirection());

        var closed = page(get("/meetings/" + meeting).with(TestSignIn.as(Role.MEMBER))).selectFirst("#action-" + action);
        assertThat(closed.text()).contains("done", "Terms of reference sent");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(actions.get(action).closedOn()).isEqualTo(LocalDate.now());
        TestSignIn.clear();
        var history = page(get("/audit/history/follow-up-action/" + action).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(history.text()).contains("Terms of reference sent");
    }

    @Test
    void aClosedActionRemindsNoOneAndAnOverdueOneShowsInTheOverdueFilter() throws Exception {
        long meeting = recordMeeting(Unique.name("Session with two actions"));
        var closed = Unique.name("Action already done");
        var late = Unique.name("Action past its date");
        mvc.perform(post("/meetings/" + meeting + "/actions/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("description", closed).param("ownerId", String.valueOf(ministry))
                .param("dueOn", LocalDate.now().plusDays(1).toString()).param("status", "DONE")
                .param("closingNote", "Done at the session")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + meeting + "/actions/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("description", late).param("ownerId", String.valueOf(ministry))
                .param("dueOn", LocalDate.now().minusDays(5).toString()).param("status", "IN_PROGRESS")
                .param("closingNote", "")).andExpect(status().is3xxRedirection());

        reminders.remind();

        var ministryFocalPoint = TestSignIn.user(Unique.username("fp-ministry"), ministry, Role.FOCAL_POINT);
        var notices = page(get("/notices").with(TestSignIn.as(ministryFocalPoint))).text();
        assertThat(notices).doesNotContain(closed);
        assertThat(notices).contains("Follow-up action \"" + late + "\"", "is not done");
        var overdue = page(get("/follow-up-actions").param("overdue", "true").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(overdue.text()).contains(late).doesNotContain(closed);
        assertThat(page(get("/coordination").with(TestSignIn.as(Role.ME_OFFICER))).select("#overdue-actions").text())
                .contains(late);
    }

    @Test
    void anActionForADecisionTheMeetingDoesNotHaveOrWithoutOwnerIsRefusedNamingTheFields() throws Exception {
        long meeting = recordMeeting(Unique.name("Session for a bad action"));

        var form = page(post("/meetings/" + meeting + "/actions/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("description", "Something").param("decisionNumber", "7").param("ownerId", "")
                .param("dueOn", "").param("status", "DONE").param("closingNote", ""));

        assertThat(form.select(".flash.problem").text()).contains("Owner institution: Fill this in.",
                "Due date: Fill this in.", "Choose one of the meeting's 2 decisions.", "closing note");
        assertThat(form.selectFirst("#description").text()).isEqualTo("Something");
    }

    @Test
    void anAgreementNearExpiryIsAnnouncedToTheOfficeAndMarkedForRenewal() throws Exception {
        var title = Unique.name("MoU on referral of victims");
        var location = mvc.perform(post("/agreements/new").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("kind", "MOU").param("title", title)
                        .param("signedOn", LocalDate.now().minusYears(3).toString())
                        .param("expiresOn", LocalDate.now().plusDays(45).toString()).param("status", "IN_FORCE")
                        .param("scope", "Referral of victims, shelter places")
                        .param("partyInstitution", String.valueOf(police), "", "")
                        .param("partyOrganisation", "", "IOM Kosovo", "")
                        .param("partyObligations", "Refers identified victims", "Funds two places", "")
                        .param("activities", String.valueOf(training)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        reminders.remind();

        var notices = page(get("/notices").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(notices.text()).contains("The agreement \"" + title + "\" expires on " + LocalDate.now().plusDays(45));
        assertThat(page(get("/notices").with(TestSignIn.as(policeFocalPoint))).text()).doesNotContain(title);
        var list = page(get("/agreements").param("expiring", "true").with(TestSignIn.as(Role.MEMBER)));
        assertThat(list.select("#agreement-" + id + " .renewal").text()).isEqualTo("renew: 45 days left");
        var agreement = page(get("/agreements/" + id).with(TestSignIn.as(Role.MEMBER)));
        assertThat(agreement.select("#parties li")).extracting(li -> li.text()).anySatisfy(text ->
                assertThat(text).contains("IOM Kosovo", "outside organisation", "Funds two places"));
        assertThat(agreement.select("#renewal-notice")).hasSize(1);
        assertThat(agreement.select("#agreement-activities").text()).contains("A1.1.1");
        assertThat(page(get("/coordination").with(TestSignIn.as(Role.COORDINATOR))).select("#expiring-agreements").text())
                .contains(title);
        mvc.perform(get("/agreements/" + id).with(TestSignIn.as(policeFocalPoint))).andExpect(status().isForbidden());

        // a yearly implementation note, then a stale one refused
        mvc.perform(post("/agreements/" + id + "/notes").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", "0").param("year", "2025").param("note", "Twelve victims referred"))
                .andExpect(status().is3xxRedirection());
        var stale = mvc.perform(post("/agreements/" + id + "/notes").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", "0").param("year", "2026").param("note", "Stale")).andReturn().getFlashMap();
        assertThat(page(get("/agreements/" + id).with(TestSignIn.as(Role.ME_OFFICER)).flashAttrs(stale))
                .select(".flash.problem").text()).contains("changed this agreement");
        assertThat(page(get("/agreements/" + id).with(TestSignIn.as(Role.ME_OFFICER))).select("#note-list").text())
                .contains("2025", "Twelve victims referred").doesNotContain("Stale");
    }

    @Test
    void anAgreementNeedsTwoPartiesAndAnExpiryAfterItsSigning() throws Exception {
        var form = page(post("/agreements/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("kind", "MOU").param("title", "Half an agreement").param("status", "IN_FORCE")
                .param("signedOn", "2026-05-01").param("expiresOn", "2026-04-01")
                .param("partyInstitution", String.valueOf(police), "", "").param("partyOrganisation", "", "", "")
                .param("partyObligations", "", "Pays", ""));

        assertThat(form.select(".flash.problem").text()).contains(
                "The expiry date must not be before the signing date.", "Party 2: choose an institution");
        assertThat(form.selectFirst("#party-obligations-2").text()).isEqualTo("Pays");
    }

    @Test
    void aLocalCommitteeReportsMonthByMonthAndTheMissingMonthsAreListed() throws Exception {
        var committee = testPlans.institution(Unique.name("Municipality of Prizren"), InstitutionType.MUNICIPALITY);
        var focal = TestSignIn.user(Unique.username("fp-prizren"), committee, Role.FOCAL_POINT);
        var start = java.time.YearMonth.now().minusMonths(4);
        for (var month : List.of(start, start.plusMonths(2))) {
            mvc.perform(post("/committee-reports/new").with(TestSignIn.as(focal)).with(csrf())
                    .param("committeeId", String.valueOf(committee)).param("month", month.toString())
                    .param("activitiesHeld", "2").param("activities", "Awareness session in a school")
                    .param("casesReferred", "1").param("problems", "No interpreter"))
                    .andExpect(status().is3xxRedirection());
        }

        var twice = page(post("/committee-reports/new").with(TestSignIn.as(focal)).with(csrf())
                .param("committeeId", String.valueOf(committee)).param("month", start.toString())
                .param("activitiesHeld", "-1").param("casesReferred", ""));
        assertThat(twice.select(".flash.problem").text()).contains("has reported " + start + " already",
                "Activities held: Enter a whole number, 0 or more.", "Cases referred: Fill this in.");
        var other = page(post("/committee-reports/new").with(TestSignIn.as(shelterFocalPoint)).with(csrf())
                .param("committeeId", String.valueOf(committee)).param("month", start.toString())
                .param("activitiesHeld", "1").param("casesReferred", "0"));
        assertThat(other.select(".flash.problem").text()).contains("only for your own institution's committee");

        var list = page(get("/committee-reports").with(TestSignIn.as(Role.MEMBER)));
        var months = list.selectFirst("#committee-" + committee).text();
        assertThat(months).contains("2 months reported", "2 months missing");
        assertThat(list.select("#committee-report-list tbody tr").text()).contains("No interpreter");
    }
}
