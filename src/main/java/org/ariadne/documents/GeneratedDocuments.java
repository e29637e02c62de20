package org.ariadne.documents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.NotFoundException;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The annual reports, quarterly summaries and reports to the government of a plan: asking for one (the M&amp;E officer and the coordinator), and
 * reading them with their files (the coordinator's office, evaluators and National Authority members). A request
 * returns at once; the document is made in the background by whichever node takes it from the queue, one at a time
 * per node, while its page shows how far it is.
 */
@Service
public class GeneratedDocuments {

    static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";
    static final String WRITERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";
    static final String ENTITY = "generated-document";
    /** More waiting generations than this over all plans and users means something is wrong: refuse, do not pile up. */
    static final int MAX_WAITING = 20;

    private final DocumentStore store;
    private final DocumentGeneration generation;
    private final ReportContents contents;
    private final Plans plans;
    private final AuditTrail trail;
    private final Clock clock;

    GeneratedDocuments(DocumentStore store, DocumentGeneration generation, ReportContents contents, Plans plans,
            AuditTrail trail, Clock clock) {
        this.store = store;
        this.generation = generation;
        this.contents = contents;
        this.plans = plans;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Starts making a document and returns its id at once. The same request while an identical one is still waiting
     * or running returns that one (a double click makes one document, not two).
     *
     * @throws DocumentException when the year is outside the plan or too many documents are waiting
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public long request(long planId, DocumentRequest request) {
        var plan = plans.tree(planId).plan();
        if (request.year() < plan.startYear() || request.year() > plan.endYear()) {
            throw DocumentException.of("documents.error.year", String.valueOf(plan.startYear()),
                    String.valueOf(plan.endYear()));
        }
        var same = store.ofPlan(planId).stream().filter(d -> !d.status().done() && d.request().equals(request))
                .findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        if (store.unfinished() >= MAX_WAITING) {
            throw DocumentException.of("documents.error.busy");
        }
        var user = CurrentUser.required();
        var title = contents.title(plan, request);
        long id = store.insert(planId, request, title, user.getUsername(), LocalDateTime.now(clock));
        trail.recordCreated(Audited.of(ENTITY, id, title, planId, AuditRecord.state("kind", request.kind().code(),
                "year", request.year(), "quarter", request.quarter(), "language", request.language().toLanguageTag(),
                "includeSubmitted", request.includeSubmitted())));
        // who asked is known to this node before the queued row is there for any node (a poll may take it the
        // moment it commits); once it commits this node looks at the queue at once
        generation.remember(id,
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                generation.requested(id, status == STATUS_COMMITTED);
            }
        });
        return id;
    }

    /** The plan's documents, newest first, finished or not. */
    @PreAuthorize(READERS)
    public List<GeneratedDocument> ofPlan(long planId) {
        return store.ofPlan(planId);
    }

    @PreAuthorize(READERS)
    public GeneratedDocument find(long id) {
        return store.find(id).orElseThrow(() -> NotFoundException.of("document", id));
    }

    /** A finished document's file, exactly as it was generated. */
    @PreAuthorize(READERS)
    public byte[] content(long id, DocumentFormat format) {
        return store.content(id, format).orElseThrow(() -> NotFoundException.of("document", id));
    }

    /**
     * A finished annex's file (issue 11: the detail per activity and indicator of a plan too large for one document),
     * read by whoever may read the report.
     */
    @PreAuthorize(READERS)
    public byte[] annexContent(long id, DocumentFormat format) {
        return store.annexContent(id, format).orElseThrow(() -> NotFoundException.of("document", id));
    }
}
