package org.ariadne.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ariadne.common.web.FileDownload;
import org.ariadne.iati.IatiActivityFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan's IATI 2.03 activity file, for a donor's or an aggregator's system; the same file and read rules as the
 * plan page's download ({@link IatiActivityFiles}: the office and the members). No {@code produces}: a caller that
 * asks for JSON still gets the file, and a refusal as problem details.
 */
@RestController
@Tag(name = "Plans")
class IatiApiController {

    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final IatiActivityFiles files;

    IatiApiController(IatiActivityFiles files) {
        this.files = files;
    }

    @GetMapping("/api/v1/plans/{planId}/iati")
    @Operation(summary = "The plan's donor-funded activities as an IATI 2.03 activity file (XML)")
    @ApiResponse(responseCode = "200", description = "the IATI activity file",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "422", description = "the plan has no donor-funded activity, so no IATI file",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/" + ApiDocsConfiguration.PROBLEM)))
    ResponseEntity<byte[]> iati(@PathVariable long planId) {
        var file = files.file(planId);
        return FileDownload.file(file.xml(), file.fileName(), XML);
    }
}
