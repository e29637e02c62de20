package org.ariadne.publication;

import java.util.List;

/**
 * What publishing would save now: the snapshot (as read back from its JSON, so the preview renders exactly what
 * the portal will render), the JSON itself, its fingerprint, and the files of a report.
 */
record Candidate(long planId, PublicationSubject subject, String subjectKey, String title, Integer year,
        Snapshot snapshot, String json, String fingerprint, List<CandidateFile> files) {

    record CandidateFile(String format, String fileName, String mediaType, byte[] content, String sha256) {
    }
}
