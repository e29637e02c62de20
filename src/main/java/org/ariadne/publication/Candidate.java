package org.ariadne.publication;

import java.util.List;

/**
 * What publishing would save now: the snapshot (as read back from its JSON, so the preview renders exactly what
 * the portal will render), the JSON itself, its fingerprint, the files of a report, and the disclosure rule its counts
 * were protected under ({@link org.ariadne.common.disclosure.DisclosureControl#RULE} for a snapshot taken now, the
 * document's for a report, whose files were made then).
 */
record Candidate(long planId, PublicationSubject subject, String subjectKey, String title, Integer year,
        Snapshot snapshot, String json, String fingerprint, List<CandidateFile> files, int disclosureRule) {

    record CandidateFile(String format, String fileName, String mediaType, byte[] content, String sha256) {
    }
}
