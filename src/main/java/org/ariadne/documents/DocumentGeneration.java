package org.ariadne.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.ariadne.common.cluster.ClusterNode;
import org.ariadne.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes the documents in the background, from a queue in the database that every node takes from: a request only
 * writes a queued row, and each node takes one document at a time, on a thread of its own, so that a report of a
 * national plan never holds a web request and never takes more than one core of a node from the people working on
 * it. A node takes a document by one conditional UPDATE ({@link DocumentStore#claim}), which two nodes cannot both
 * win, and holds it under a lease that it renews while it works; when a node dies its lease runs out and another node
 * takes the document again from the start. A node that is stopped gives back what it was making at once. Each step
 * is written to the document's row as it starts, for the page that shows the progress. The work runs as the person
 * who asked for it, so that it reads exactly what they may read: as they were signed in when the request came to
 * this node, or as their account is now when it came to another.
 */
@Component
class DocumentGeneration implements DisposableBean {

    /** A document that was taken this often without being finished kills its node: it fails instead. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(DocumentGeneration.class);

    private final DocumentStore store;
    private final ReportContents contents;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final ClusterNode node;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "documents-worker");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });
    /** Whether the worker has a look at the queue waiting already: one is enough. */
    private final AtomicBoolean lookPending = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Who asked, for the requests made on this node, until the document is taken. */
    private final Map<Long, Authentication> requesters = new ConcurrentHashMap<>();

    DocumentGeneration(DocumentStore store, ReportContents contents, UserAccounts accounts,
            ApplicationEventPublisher events, ClusterNode node, Clock clock, MeterRegistry meters,
            @Value("${ariadne.documents.lease:2m}") Duration lease) {
        this.store = store;
        this.contents = contents;
        this.accounts = accounts;
        this.events = events;
        this.node = node;
        this.clock = clock;
        this.lease = lease;
        Gauge.builder("ariadne.documents.queue", store, DocumentStore::unfinished)
                .description("Documents waiting to be generated or being generated, over all nodes")
                .register(meters);
    }

    /**
     * Who asks for a document, kept before the request commits: a poll on this node may take the queued row the moment
     * it is there, and must make it as the person who asked, not as their account read again.
     */
    void remember(long id, Authentication requester) {
        if (requester != null) {
            requesters.put(id, requester);
        }
    }

    /** A request made on this node ended: committed, look at the queue now rather than at the next poll. */
    void requested(long id, boolean committed) {
        if (!committed) {
            requesters.remove(id);
            return;
        }
        lookAtQueue();
    }

    /**
     * Every node, every few seconds: renews the leases of what it is making, and takes what waits (also what a node
     * that died left behind). Not locked to one node: every node works the queue.
     */
    @Scheduled(fixedDelayString = "${ariadne.documents.poll:2s}", initialDelayString = "${ariadne.documents.poll:2s}")
    void poll() {
        if (stopping.get()) {
            return;
        }
        store.renew(node.name(), leaseEnd());
        lookAtQueue();
    }

    private void lookAtQueue() {
        if (stopping.get() || !lookPending.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                lookPending.set(false);
                takeWhatWaits();
            });
        } catch (RejectedExecutionException stopped) {
            lookPending.set(false);
        }
    }

    private void takeWhatWaits() {
        while (!stopping.get()) {
            var taken = store.claim(node.name(), Instant.now(), leaseEnd());
            if (taken.isEmpty()) {
                return;
            }
            var document = taken.get();
            var requester = requesters.remove(document.id());
            if (store.attempts(document.id()) > MAX_ATTEMPTS) {
                log.warn("Document {} was taken {} times without being finished: given up", document.id(),
                        MAX_ATTEMPTS);
                store.fail(document.id(), node.name(), "documents.failure.restart", LocalDateTime.now(clock));
                continue;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(requester != null ? requester : asAccount(document.requestedBy()));
            SecurityContextHolder.setContext(context);
            try {
                generate(document.id(), document.planId(), document.request(), document.title());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** The person as their account is now; nobody (and so no right to read anything) when it is gone. */
    private Authentication asAccount(String username) {
        try {
            var user = accounts.loadUserByUsername(username);
            return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        } catch (RuntimeException gone) {
            log.warn("Document requested by {}, who has no account any more: made as nobody", username);
            return null;
        }
    }

    void generate(long id, long planId, DocumentRequest request, String title) {
        long started = System.nanoTime();
        // what the document writes without being handed its language (institution names) is in the document's
        var previousLocale = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(request.language());
        try {
            step(id, 5, "documents.step.collecting");
            var built = contents.buildWithAnnex(planId, request, title, LocalDate.now(clock));
            var content = built.report();
            step(id, 45, "documents.step.docx");
            var docx = DocxReport.write(content);
            step(id, 65, "documents.step.pdf");
            var pdf = PdfReport.write(content);
            step(id, 95, "documents.step.saving");
            if (built.annex() != null) {
                // a plan too large for one document (issue 11): the report is offered at once, its annex follows
                if (store.finishBeforeAnnex(id, node.name(), pdf, docx, LocalDateTime.now(clock), leaseEnd())) {
                    log.info("Document {} ({} {}) generated in {} ms: PDF {} bytes, DOCX {} bytes; its annex follows",
                            id, request.kind(), request.year(), (System.nanoTime() - started) / 1_000_000, pdf.length,
                            docx.length);
                    annex(id, built.annex(), started);
                } else {
                    log.warn("Document {} was generated here after another node had taken it over: kept theirs", id);
                }
            } else if (store.finish(id, node.name(), pdf, docx, LocalDateTime.now(clock))) {
                log.info("Document {} ({} {}) generated in {} ms: PDF {} bytes, DOCX {} bytes", id, request.kind(),
                        request.year(), (System.nanoTime() - started) / 1_000_000, pdf.length, docx.length);
            } else {
                log.warn("Document {} was generated here after another node had taken it over: kept theirs", id);
            }
        } catch (Stopped stopped) {
            log.info("Document {} given back to the queue: this node is stopping", id);
        } catch (RuntimeException | Error e) {
            if (stopping.get()) {
                log.info("Document {} given back to the queue: this node is stopping ({})", id, e.toString());
                return;
            }
            log.error("Document {} of plan {} could not be generated", id, planId, e);
            store.fail(id, node.name(), "documents.failure.error", LocalDateTime.now(clock));
            if (e instanceof Error error && !(e instanceof OutOfMemoryError)) {
                throw error;
            }
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previousLocale);
        }
    }

    /**
     * The annex of a report that is already offered: an annex that cannot be made fails on its own (the page says
     * so), the report stays; a node that stops gives the document back, to be made again with its annex.
     */
    private void annex(long id, ReportContent annex, long started) {
        try {
            stopIfStopping();
            var docx = DocxReport.write(annex);
            stopIfStopping();
            var pdf = PdfReport.write(annex);
            stopIfStopping();
            if (store.finishAnnex(id, node.name(), pdf, docx)) {
                log.info("Annex of document {} generated, {} ms from the start: PDF {} bytes, DOCX {} bytes", id,
                        (System.nanoTime() - started) / 1_000_000, pdf.length, docx.length);
            }
        } catch (Stopped stopped) {
            throw stopped;
        } catch (RuntimeException | OutOfMemoryError e) {
            // out of memory too: the annex of a very large plan can need more heap than the report (YearEndBenchmark
            // at scale 10 with 512 MB), and the report already offered must stay, not be marked failed with it
            if (stopping.get()) {
                throw new Stopped();
            }
            log.error("The annex of document {} could not be generated", id, e);
            store.failAnnex(id, node.name());
        }
    }

    private void stopIfStopping() {
        if (stopping.get() || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    private void step(long id, int progress, String step) {
        if (stopping.get()) {
            throw new Stopped();
        }
        store.progress(id, node.name(), DocumentStatus.RUNNING, progress, step, leaseEnd());
        events.publishEvent(new DocumentStepStarted(id, step));
        if (stopping.get() || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    private Instant leaseEnd() {
        return Instant.now().plus(lease);
    }

    /**
     * A node that stops gives back at once what it was making, so that another node starts on it without waiting
     * for the lease (a node that dies cannot: its lease runs out).
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping.set(true);
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        int given = store.giveBack(node.name());
        if (given > 0) {
            log.info("{} document(s) given back to the queue for another node", given);
        }
    }

    /** This node is stopping: the document goes back to the queue, not to the failed ones. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
