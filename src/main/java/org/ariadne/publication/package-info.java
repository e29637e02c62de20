/**
 * What the coordinator makes public, and the public portal that shows it without sign-in (seed 001: transparency
 * of the state institutions' work). A publication is a snapshot taken when the coordinator publishes it: the
 * adopted plan's structure, a year's aggregate figures (from {@link org.ariadne.dashboards.DashboardCharts}), or a
 * generated report's PDF and DOCX copied in. The portal renders only these snapshots, never live data; the preview
 * renders the same pages from the snapshot that would be saved, and publishing refuses a snapshot that changed
 * since it was previewed.
 *
 * <p>Front door: the named interface {@code publication :: spi}, {@link org.ariadne.publication.PublishableDocuments},
 * through which the documents module offers its finished reports (this module does not depend on it), with its
 * record {@link org.ariadne.publication.PublishableDocument}; {@code publication :: api}, the
 * {@link org.ariadne.publication.Portal} facade, through which the API module serves what the portal publishes; the
 * {@link org.ariadne.publication.Publishing} facade and its records serve this module's own pages only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication and public portal",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "progress", "dashboards :: api"})
package org.ariadne.publication;
