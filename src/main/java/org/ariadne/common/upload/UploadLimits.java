package org.ariadne.common.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every uploaded file keeps to (ARIADNE_UPLOADS_MAX_BYTES, ..._PENDING_PER_USER, ..._KEEP).
 *
 * @param maxBytes       the largest file accepted
 * @param pendingPerUser how many uploads one person may have waiting for confirmation; a further one drops the oldest
 * @param keep           how long an upload waits for confirmation before it is dropped
 */
@ConfigurationProperties("ariadne.uploads")
public record UploadLimits(@DefaultValue("10485760") long maxBytes, @DefaultValue("5") int pendingPerUser,
        @DefaultValue("24h") Duration keep) {
}
