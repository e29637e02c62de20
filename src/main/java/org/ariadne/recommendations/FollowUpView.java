package org.ariadne.recommendations;

import java.time.LocalDateTime;
import java.util.List;

/** A follow-up note as the pages read it. */
public record FollowUpView(long id, long recommendationId, int year, String measures, String evidence,
        List<String> links, Long institutionId, String institutionName, String fileName, String recordedBy,
        LocalDateTime recordedAt) {

    public boolean hasFile() {
        return fileName != null;
    }
}
