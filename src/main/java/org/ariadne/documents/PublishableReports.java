package org.ariadne.documents;

import java.util.List;
import java.util.Optional;

import org.ariadne.publication.PublishableDocument;
import org.ariadne.publication.PublishableDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Offers the finished documents to the publish step, with the files exactly as they were generated. */
@Component
class PublishableReports implements PublishableDocuments {

    private final DocumentStore store;
    private final MessageSource messages;

    PublishableReports(DocumentStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<PublishableDocument> finished(long planId) {
        return store.ofPlan(planId).stream().filter(GeneratedDocument::finished).map(this::publishable).toList();
    }

    @Override
    public Optional<PublishableDocument> find(long id) {
        return store.find(id).filter(GeneratedDocument::finished).map(this::publishable);
    }

    @Override
    public byte[] pdf(long id) {
        return store.content(id, DocumentFormat.PDF).orElse(null);
    }

    @Override
    public byte[] docx(long id) {
        return store.content(id, DocumentFormat.DOCX).orElse(null);
    }

    private PublishableDocument publishable(GeneratedDocument document) {
        // the kind in the language of the document: the portal lists it next to its title, in the same language
        var label = messages.getMessage(document.kind().messageKey(), null, document.language());
        return new PublishableDocument(document.id(), document.planId(), document.title(), document.kind().code(),
                label, document.year(), document.quarter(), document.language(), document.finishedAt(),
                document.includeSubmitted(), document.disclosureRule());
    }
}
