package org.ariadne.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Upload limits for workbooks (ARIADNE_UPLOADS_MAX_BYTES). */
@ConfigurationProperties("ariadne.uploads")
record WorkbookProperties(@DefaultValue("10485760") long maxBytes) {
}
