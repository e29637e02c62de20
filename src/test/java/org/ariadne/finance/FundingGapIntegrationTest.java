package org.ariadne.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.Download;
import org.ariadne.support.TestPlans;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15's "done when" for money: the officer records a donor commitment and the funding gap drops by that amount on
 * the budget page and in the donor export.
 */
@AriadneIntegrationTest
class FundingGapIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans plans;

    @Test
    void recordingADonorCommitmentLowersTheGapByItsAmountOnTheBudgetPageAndInTheDonorExport() throws Exception {
        long donor = plans.institution("Donor agency", InstitutionType.DONOR);
        long ngo = plans.institution("Shelter NGO", InstitutionType.SHELTER_NGO);
        BuiltPlan plan = plans.build(aPlan().running(2016, 2018)
                .withActivity(anActivity("A1.1.1", "Shelter places for victims").ledBy(ngo)
                        .budget(2016, FundingSourceKind.DONOR, donor, "10000", "2000")));
        long activity = plan.element("A1.1.1");

        assertThat(budgetFigure(plan, "donor-gap")).isEqualByComparingTo("8000");
        assertThat(budgetFigure(plan, "funding-gap")).isEqualByComparingTo("8000");
        assertThat(exportedGap(plan)).isEqualByComparingTo("8000");

        mvc.perform(post("/plans/" + plan.id() + "/commitments/new").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))
                        .param("funderInstitutionId", Long.toString(donor)).param("source", "DONOR")
                        .param("kind", "AGREEMENT").param("reference", Unique.name("GRANT"))
                        .param("amount", "3000").param("currency", "EUR").param("signedOn", "2016-03-01")
                        .param("allocations[0].activityId", Long.toString(activity))
                        .param("allocations[0].year", "2016").param("allocations[0].amount", "3000"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/plans/*/finance*"));

        assertThat(budgetFigure(plan, "donor-gap")).isEqualByComparingTo("5000");
        assertThat(budgetFigure(plan, "funding-gap")).isEqualByComparingTo("5000");
        assertThat(budgetFigure(plan, "secured")).isEqualByComparingTo("5000");
        assertThat(exportedGap(plan)).isEqualByComparingTo("5000");
    }

    /** A headline figure of the budget page as a member reads it ("8,000"). */
    private BigDecimal budgetFigure(BuiltPlan plan, String id) throws Exception {
        var html = mvc.perform(get("/plans/" + plan.id() + "/budget").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var value = Jsoup.parse(html).selectFirst("#" + id + " .value");
        assertThat(value).as("figure " + id).isNotNull();
        return new BigDecimal(value.text().replace(",", ""));
    }

    /** The gap cell of the activity's row in the donor round's Excel file, read with POI. */
    private BigDecimal exportedGap(BuiltPlan plan) throws Exception {
        var download = Download.of(mvc.perform(get("/plans/" + plan.id() + "/finance/donor-round.xlsx")
                        .with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn());
        try (var workbook = download.workbook()) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            int gapColumn = -1;
            int codeColumn = -1;
            for (var cell : header) {
                var text = new DataFormatter().formatCellValue(cell);
                if (text.equals("Gap")) {
                    gapColumn = cell.getColumnIndex();
                }
                if (text.equals("Code")) {
                    codeColumn = cell.getColumnIndex();
                }
            }
            assertThat(gapColumn).as("Gap column").isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if ("A1.1.1".equals(new DataFormatter().formatCellValue(row.getCell(codeColumn)))) {
                    return BigDecimal.valueOf(row.getCell(gapColumn).getNumericCellValue());
                }
            }
        }
        throw new AssertionError("A1.1.1 is not in the donor round");
    }
}
