package org.ariadne.publication;

import java.util.List;
import java.util.Optional;

/**
 * The finished documents (annual report, quarterly summary) that can be published, offered by the module that
 * generates them. This module declares the interface and does not depend on that module: whichever module
 * implements it as a bean is asked for the documents and their bytes when the coordinator previews and publishes.
 * Without an implementation the publication page says that no report has been generated yet.
 *
 * <p>The bytes are copied into the publication when it is published, so a document regenerated or deleted later
 * leaves the public copy unchanged. Implementations are called by a signed-in coordinator or M&amp;E officer.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface PublishableDocuments {

    /** The plan's finished documents, newest first. */
    List<PublishableDocument> finished(long planId);

    /** A finished document, or empty when there is none with that id (or it is not finished). */
    Optional<PublishableDocument> find(long id);

    /**
     * The document as PDF: the bytes it was finished with, the same on every call until it is generated again (the
     * preview's fingerprint covers them, so bytes made anew on each call could never be published).
     */
    byte[] pdf(long id);

    /** The document as an editable Word file (DOCX), as {@link #pdf}; null or empty when there is none. */
    byte[] docx(long id);
}
