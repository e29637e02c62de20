package org.ariadne.publication.web;

import org.ariadne.publication.PortalPage;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.ReportSnapshot;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a portal page. The public page links to the portal; the preview of the same page links to the
 * preview's own downloads (which take the snapshot again), so that nothing not yet public is offered on the portal.
 */
interface PortalLinks {

    /** The page showing the figures of a year. */
    String year(int year);

    /** A table as CSV or XLSX; {@code year} for the tables of a year's figures, null for the plan's. */
    String table(String name, Integer year, String format);

    /** A file of a published report. */
    String report(PortalPage.Published<ReportSnapshot> report, String format);

    /** The portal's links: {@code /portal/plans/7?year=2024}. */
    record Public(long planId) implements PortalLinks {

        @Override
        public String year(int year) {
            return UriComponentsBuilder.fromPath("/portal/plans/{id}").queryParam("year", year).buildAndExpand(planId)
                    .toUriString();
        }

        @Override
        public String table(String name, Integer year, String format) {
            return UriComponentsBuilder.fromPath("/portal/plans/{id}/tables/{name}.{format}")
                    .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                    .buildAndExpand(planId, name, format).encode().toUriString();
        }

        @Override
        public String report(PortalPage.Published<ReportSnapshot> report, String format) {
            return UriComponentsBuilder.fromPath("/portal/plans/{id}/reports/{report}.{format}")
                    .buildAndExpand(planId, report.id(), format).toUriString();
        }
    }

    /** The preview's links: the same subject's preview, showing another year or downloading a table or file. */
    record Preview(long planId, PublicationSubject subject) implements PortalLinks {

        /** The preview itself. */
        public String preview() {
            return subject(UriComponentsBuilder.fromPath("/plans/{id}/publication/preview")).buildAndExpand(planId)
                    .toUriString();
        }

        @Override
        public String year(int year) {
            return subject(UriComponentsBuilder.fromPath("/plans/{id}/publication/preview")).queryParam("show", year)
                    .buildAndExpand(planId).toUriString();
        }

        @Override
        public String table(String name, Integer year, String format) {
            return subject(UriComponentsBuilder.fromPath("/plans/{id}/publication/preview/tables/{name}.{format}"))
                    .queryParamIfPresent("show", java.util.Optional.ofNullable(year))
                    .buildAndExpand(planId, name, format).encode().toUriString();
        }

        @Override
        public String report(PortalPage.Published<ReportSnapshot> report, String format) {
            if (report.id() != 0) {
                // already on the portal: its public file is the one that stays
                return new Public(planId).report(report, format);
            }
            return UriComponentsBuilder.fromPath("/plans/{id}/publication/preview/documents/{document}.{format}")
                    .buildAndExpand(planId, subject.documentId(), format).toUriString();
        }

        private UriComponentsBuilder subject(UriComponentsBuilder builder) {
            builder.queryParam("kind", subject.kind().name());
            if (subject.year() != null) {
                builder.queryParam("year", subject.year());
            }
            if (subject.documentId() != null) {
                builder.queryParam("document", subject.documentId());
            }
            return builder;
        }
    }
}
