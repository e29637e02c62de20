package org.ariadne.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes the documents in the background, one at a time on a thread of its own, so that a report of a national plan
 * never holds a web request and never takes more than one of the server's cores from the people working in it.
 * Each step is written to the document's row as it starts, for the page that shows the progress. The work runs
 * as the person who asked for it, so that it reads exactly what they may read.
 */
@Component
class DocumentGeneration implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentGeneration.class);

    private final DocumentStore store;
    private final ReportContents contents;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;

    DocumentGeneration(DocumentStore store, ReportContents contents, Clock clock) {
        this.store = store;
        this.contents = contents;
        this.clock = clock;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(GeneratedDocuments.MAX_WAITING);
        executor.setThreadNamePrefix("documents-");
        executor.setThreadPriority(Thread.NORM_PRIORITY - 1);
        executor.initialize();
    }

    /** A restart ends whatever was being made: say so on those documents instead of showing them running forever. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int ended = store.failUnfinished("documents.failure.restart", LocalDateTime.now(clock));
        if (ended > 0) {
            log.warn("{} document generation(s) were interrupted by a restart and marked as failed", ended);
        }
    }

    void start(long id, long planId, DocumentRequest request, String title) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        try {
            executor.execute(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
                try {
                    generate(id, planId, request, title);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        } catch (RejectedExecutionException e) {
            store.fail(id, "documents.failure.busy", LocalDateTime.now(clock));
        }
    }

    void generate(long id, long planId, DocumentRequest request, String title) {
        long started = System.nanoTime();
        // what the document writes without being handed its language (institution names) is in the document's
        var previousLocale = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(request.language());
        try {
            store.progress(id, DocumentStatus.RUNNING, 5, "documents.step.collecting");
            var content = contents.build(planId, request, title, LocalDate.now(clock));
            store.progress(id, DocumentStatus.RUNNING, 45, "documents.step.docx");
            var docx = DocxReport.write(content);
            store.progress(id, DocumentStatus.RUNNING, 65, "documents.step.pdf");
            var pdf = PdfReport.write(content);
            store.progress(id, DocumentStatus.RUNNING, 95, "documents.step.saving");
            store.finish(id, pdf, docx, LocalDateTime.now(clock));
            log.info("Document {} ({} {}) generated in {} ms: PDF {} bytes, DOCX {} bytes", id, request.kind(),
                    request.year(), (System.nanoTime() - started) / 1_000_000, pdf.length, docx.length);
        } catch (RuntimeException | Error e) {
            log.error("Document {} of plan {} could not be generated", id, planId, e);
            store.fail(id, "documents.failure.error", LocalDateTime.now(clock));
            if (e instanceof Error error && !(e instanceof OutOfMemoryError)) {
                throw error;
            }
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previousLocale);
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
