package org.ariadne.reporting.web;

import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Means of verification attached to an activity: recognised by their content, downloaded back unchanged. */
@AriadneIntegrationTest
class ReportEvidenceIntegrationTest extends ReportPageSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Test
    void aPdfIsAttachedToItsActivityAndDownloadedBackIdentical() throws Exception {
        upload(policeFocalPoint, "list of participants.pdf", PDF)
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        var block = reload(policeFocalPoint, lastUpload).getElementById("e-" + plan.training);
        assertThat(block.selectFirst(".flash.notice").text()).isEqualTo("The file \"list of participants.pdf\" is attached.");
        var link = block.selectFirst(".evidence-files a");
        assertThat(link.text()).isEqualTo("list of participants.pdf");

        var download = mvc.perform(get(link.attr("href")).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getHeader("Content-Disposition")).contains("participants.pdf");
        // a reviewer downloads it too
        mvc.perform(get(link.attr("href")).with(TestSignIn.as(person(org.ariadne.security.Role.ME_OFFICER))))
                .andExpect(status().isOk());
    }

    @Test
    void aWebPageRenamedToPdfIsRefusedWithTheReasonNextToTheUploadForm() throws Exception {
        upload(policeFocalPoint, "minutes.pdf", "<html><script>alert(1)</script></html>".getBytes())
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        var block = reload(policeFocalPoint, lastUpload).getElementById("e-" + plan.training);
        assertThat(block.selectFirst(".flash.problem").text()).startsWith("This kind of file is not accepted as evidence.");
        assertThat(block.select(".evidence-files a")).isEmpty();
    }

    @Test
    void aFileIsRemovedWhileTheReportCanStillBeChanged() throws Exception {
        upload(policeFocalPoint, "photo.pdf", PDF);
        var link = read(policeFocalPoint).getElementById("e-" + plan.training).selectFirst(".evidence-files a").attr("href");

        mvc.perform(post(link + "/delete").param("periodId", Long.toString(period.id()))
                        .param("institutionId", Long.toString(plan.police)).param("activityId", Long.toString(plan.training))
                        .with(csrf()).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        assertThat(read(policeFocalPoint).select(".evidence-files a")).isEmpty();
        mvc.perform(get(link).with(TestSignIn.as(policeFocalPoint))).andExpect(status().isNotFound());
    }

    @Test
    void theUploadFormTellsTheBrowserTheLimitSoThatLargeFilesAreStoppedBeforeSending() throws Exception {
        var input = read(policeFocalPoint).getElementById("e-" + plan.training).selectFirst("input[type=file]");

        assertThat(input.attr("data-max-bytes")).isEqualTo(Long.toString(10 * 1024 * 1024));
        assertThat(input.attr("data-too-large")).contains("10 MB");
    }

    private MvcResult lastUpload;

    private org.springframework.test.web.servlet.ResultActions upload(SignedInUser user, String name, byte[] content)
            throws Exception {
        var result = mvc.perform(multipart(policePage() + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("activityId", Long.toString(plan.training)).with(csrf()).with(TestSignIn.as(user)));
        lastUpload = result.andReturn();
        return result;
    }

    /** The page after the redirect, with what the upload left to say. */
    private Document reload(SignedInUser user, MvcResult redirected) throws Exception {
        var html = mvc.perform(get(policePage()).flashAttrs(redirected.getFlashMap()).with(TestSignIn.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
