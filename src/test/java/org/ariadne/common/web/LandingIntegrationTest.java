package org.ariadne.common.web;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** After sign-in each person lands on their own work, not on the list of plans that every role starts from. */
@AriadneIntegrationTest
class LandingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "FOCAL_POINT, /reporting", // their reports
            "ME_OFFICER, /reporting", // the reports waiting for review
            "COORDINATOR, /reporting", // the reports waiting for approval
            "ADMINISTRATOR, /admin/users",
            "MEMBER, /plans",
            "EVALUATOR, /plans",
            "VICTIM_DATA_OFFICER, /victim-data/cases",
            "REGIONAL_OFFICER, /regional"}) // the participants side by side
    void eachPersonLandsOnTheirOwnWork(Role role, String landing) throws Exception {
        mvc.perform(get("/").with(TestSignIn.as(role))).andExpect(redirectedUrl(landing));
    }
}
