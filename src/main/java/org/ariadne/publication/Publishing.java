package org.ariadne.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.SignedInUser;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The explicit publish step of the coordinator's office. The coordinator's office (coordinator and M&amp;E officers)
 * sees what is public and previews what would be; only the coordinator publishes and withdraws. Publishing takes the
 * snapshot again and refuses it unless it is exactly the one previewed (same fingerprint), so what becomes public
 * is what was seen. Every publication, supersession and withdrawal is in the audit trail with who and when.
 */
@Service
@Transactional
public class Publishing {

    /** The entity type under which publications are audited. */
    public static final String ENTITY = "publication";
    static final String OFFICE = "hasAnyRole('COORDINATOR', 'ME_OFFICER')";

    private final Snapshots snapshots;
    private final Publications publications;
    private final PublicationReader reader;
    private final PortalPages pages;
    private final Plans plans;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final Clock clock;

    Publishing(Snapshots snapshots, Publications publications, PublicationReader reader, PortalPages pages,
            Plans plans, Institutions institutions, AuditTrail trail, JdbcClient jdbc, Clock clock) {
        this.snapshots = snapshots;
        this.publications = publications;
        this.reader = reader;
        this.pages = pages;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is public about the plan, what can be published, and every publication so far. */
    @PreAuthorize(OFFICE)
    @Transactional(readOnly = true)
    public PublicationOverview overview(long planId) {
        var plan = plans.header(planId);
        var history = reader.history(planId);
        var onPortal = history.stream().filter(PublicationView::onPortal).toList();
        boolean planPublishable = PublicationKind.PLAN.allows(plan.status());
        Boolean planChanged = onPortal.stream().filter(p -> p.kind() == PublicationKind.PLAN).findFirst()
                .filter(published -> planPublishable)
                .map(published -> !snapshots.candidate(planId, PublicationSubject.plan()).fingerprint()
                        .equals(published.fingerprint()))
                .orElse(null);
        int lastBegun = Math.min(plan.endYear(), LocalDate.now(clock).getYear());
        var years = IntStream.rangeClosed(plan.startYear(), lastBegun).map(year -> lastBegun - year + plan.startYear())
                .boxed().toList();
        var documents = snapshots.documents().map(source -> source.finished(planId).stream()
                .map(document -> new PublicationOverview.DocumentChoice(document, onPortal.stream()
                        .filter(p -> p.subject().equals(Snapshots.reportKey(document))).findFirst().orElse(null)))
                .toList()).orElse(null);
        return new PublicationOverview(plan, onPortal, history, planPublishable,
                PublicationKind.FIGURES.allows(plan.status()), planChanged, years, documents);
    }

    /**
     * The portal page of the plan exactly as it will be once the subject is published, with the fingerprint the
     * publish step must send back.
     */
    @PreAuthorize(OFFICE)
    @Transactional(readOnly = true)
    public Preview preview(long planId, PublicationSubject subject) {
        var candidate = snapshots.candidate(planId, subject);
        var current = publications.findOnPortal(planId, candidate.subjectKey()).map(Publication::view).orElse(null);
        var shown = new PortalPage.Published<>(0, now(), publisher(), candidate.snapshot());
        var page = pages.with(planId, reader.onPortal(planId), shown, candidate.subjectKey());
        return new Preview(page, subject, candidate.title(), candidate.fingerprint(), current,
                current != null && current.fingerprint().equals(candidate.fingerprint())
                        && current.disclosureRule() >= candidate.disclosureRule(), unacceptedData(candidate),
                candidate.disclosureRule() < DisclosureControl.RULE);
    }

    /** A file of a report as it would be published, for the office to check before publishing. */
    @PreAuthorize(OFFICE)
    @Transactional(readOnly = true)
    public PublishedFile previewFile(long planId, long documentId, String format) {
        return snapshots.candidate(planId, PublicationSubject.report(documentId)).files().stream()
                .filter(file -> file.format().equals(format)).findFirst()
                .map(file -> new PublishedFile(file.fileName(), file.mediaType(), file.content()))
                .orElseThrow(() -> NotFoundException.of("document file", format));
    }

    /**
     * Publishes the subject: the snapshot taken now, which must be the one previewed. A publication of the same
     * subject on the portal is superseded (and kept in the history).
     *
     * @param fingerprint the fingerprint of the preview the coordinator saw
     * @return the publication now on the portal; when exactly this was public already (a second click on "Publish"),
     *         that one, and nothing is written
     * @throws PublicationException when the data changed since the preview, the plan's status does not allow it, the
     *                              document was made under an older disclosure rule than today's, or someone else
     *                              published the same subject at the same moment
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PublishOutcome publish(long planId, PublicationSubject subject, String fingerprint) {
        return publish(planId, subject, fingerprint, false);
    }

    /**
     * As {@link #publish(long, PublicationSubject, String)}, for a subject whose figures may count reports not yet
     * accepted: {@code unacceptedConfirmed} is the coordinator's explicit confirmation, required for such a subject
     * and written into the audit entry.
     *
     * @throws PublicationException also when the subject holds unaccepted data and it was not confirmed
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public PublishOutcome publish(long planId, PublicationSubject subject, String fingerprint,
            boolean unacceptedConfirmed) {
        var candidate = snapshots.candidate(planId, subject);
        if (candidate.disclosureRule() < DisclosureControl.RULE) {
            throw PublicationException.madeUnderOlderRule();
        }
        if (!candidate.fingerprint().equals(fingerprint)) {
            throw PublicationException.stale();
        }
        var unaccepted = unacceptedData(candidate);
        if (unaccepted && !unacceptedConfirmed) {
            throw PublicationException.unacceptedNotConfirmed();
        }
        var by = user().getUsername();
        var now = now();
        try {
            var previous = publications.findOnPortal(planId, candidate.subjectKey());
            // the same snapshot published under an older disclosure rule is published again: the office is told to,
            // and the portal's copy then says it is protected as today's
            if (previous.filter(older -> older.fingerprint().equals(candidate.fingerprint())
                    && older.disclosureRule() >= candidate.disclosureRule()).isPresent()) {
                return new PublishOutcome(previous.get().id(), false);
            }
            var before = previous.map(Publication::snapshot).orElse(null);
            previous.ifPresent(older -> {
                older.supersede(by, now);
                publications.save(older);
            });
            var saved = publications.save(Publication.of(candidate, publisher(), by, now));
            candidate.files().forEach(file -> saveFile(saved.id(), file));
            trail.recordCreated(unaccepted ? saved.with("unacceptedDataPublished", true) : saved);
            previous.ifPresent(older -> {
                older.supersededBy(saved.id());
                var after = publications.save(older);
                trail.recordChange(before, after);
            });
            return new PublishOutcome(saved.id(), true);
        } catch (DataAccessException clash) {
            throw raced(clash);
        }
    }

    private static boolean unacceptedData(Candidate candidate) {
        return candidate.snapshot() instanceof ReportSnapshot report && report.includesUnaccepted();
    }

    /** Takes a publication off the portal, with the reason; it stays in the history. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public void withdraw(long planId, long publicationId, String reason) {
        var publication = publications.findById(publicationId).filter(p -> p.planId() == planId)
                .orElseThrow(() -> NotFoundException.of(ENTITY, publicationId));
        var before = publication.snapshot();
        publication.withdraw(reason, user().getUsername(), now());
        try {
            var saved = publications.save(publication);
            trail.recordChange(before, saved);
        } catch (DataAccessException clash) {
            throw raced(clash);
        }
    }

    /**
     * Someone else published or withdrew the same subject in the same moment (the unique "on the portal" constraint
     * or the version caught it; Spring Data JDBC wraps either): refused as such. Anything else goes on as it was.
     */
    private static RuntimeException raced(DataAccessException clash) {
        for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
                return PublicationException.concurrent();
            }
        }
        return clash;
    }

    private void saveFile(long publicationId, Candidate.CandidateFile file) {
        jdbc.sql("""
                        insert into publication_file (publication_id, format, file_name, media_type, size_bytes, sha256,
                                                      content)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(publicationId, file.format(), file.fileName(), file.mediaType(), (long) file.content().length,
                        file.sha256(), file.content())
                .update();
    }

    /** The publisher the portal names: the publishing person's institution, or (null) the coordinator's office. */
    private String publisher() {
        var institution = user().institutionId();
        return institution == null ? null : institutions.directory().nameOf(institution);
    }

    private static SignedInUser user() {
        return CurrentUser.required();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
