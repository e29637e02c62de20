package org.ariadne.publication.web;

import java.util.List;

import org.ariadne.publication.FiguresSnapshot;
import org.ariadne.publication.PortalPage;

/**
 * What the portal's plan page shows, the same for the public page and its preview: the page, the figures of the
 * year shown with their drawn charts and tables, and the links (public, or the preview's).
 *
 * @param figures the figures of the year shown, or null when no figures are published
 */
record PortalScreen(PortalPage page, PortalPage.Published<FiguresSnapshot> figures, List<ChartShown> charts,
        List<ShownTable> tables, PortalLinks links, Numbers num) {

    /** "Albanian" for "sq", "Serbian (Cyrillic)" for "sr-Cyrl", in the reader's language: the language a report is written in. */
    public String languageName(String tag, java.util.Locale reader) {
        return java.util.Locale.forLanguageTag(tag).getDisplayName(reader);
    }

    /** A chart: its drawing (null when there is nothing to draw), its reference lines in words, and its table. */
    record ChartShown(String name, String title, String svg, List<String> references, ShownTable table) {
    }
}
