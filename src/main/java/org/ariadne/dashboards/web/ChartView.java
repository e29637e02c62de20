package org.ariadne.dashboards.web;

import java.util.List;

/**
 * A chart as the page shows it: its drawing, the table it was drawn from, its reference lines in words (so they
 * are readable without the picture or its colours), and its downloads.
 */
record ChartView(String name, String title, String svg, ShownTable table, List<Reference> references, Links links) {

    record Reference(String name, String value) {
    }
}
