package org.ariadne.reporting.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The upload limit every uploaded file keeps to (ARIADNE_UPLOADS_MAX_BYTES), report workbooks included. */
@ConfigurationProperties("ariadne.uploads")
public record UploadLimits(@DefaultValue("10485760") long maxBytes) {
}
