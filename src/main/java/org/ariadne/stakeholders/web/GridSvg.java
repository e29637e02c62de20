package org.ariadne.stakeholders.web;

import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.ariadne.stakeholders.EngagementApproach;
import org.ariadne.stakeholders.PlacementView;

/**
 * The interest &times; power grid drawn as SVG on the server: four quadrants named by their engagement approach, each
 * institution a numbered dot (the number of its row in the table beside the grid). Colours are presentation
 * attributes, not {@code style}, because the pages' Content-Security-Policy forbids inline styles; every text is
 * escaped. The drawing is decorative for screen readers ({@code aria-hidden} on the page): the table says the same.
 */
final class GridSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 520;
    private static final int LEFT = 60;
    private static final int TOP = 20;
    private static final int SIDE = 440;
    private static final int CELL = SIDE / 5;

    private GridSvg() {
    }

    static String draw(List<PlacementView> placements, Function<String, String> text) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" class=\"chart-svg stakeholder-grid\" focusable=\"false\">");
        int half = SIDE / 2;
        // quadrants: power up, interest right
        quadrant(svg, LEFT, TOP, half, "#fdf3d8", text.apply(EngagementApproach.KEEP_SATISFIED.messageKey()));
        quadrant(svg, LEFT + half, TOP, half, "#f9dcd6", text.apply(EngagementApproach.MANAGE_CLOSELY.messageKey()));
        quadrant(svg, LEFT, TOP + half, half, "#eef1f4", text.apply(EngagementApproach.MONITOR.messageKey()));
        quadrant(svg, LEFT + half, TOP + half, half, "#dcebf7", text.apply(EngagementApproach.KEEP_INFORMED.messageKey()));
        for (int i = 1; i <= 5; i++) {
            int x = LEFT + (i - 1) * CELL + CELL / 2;
            int y = TOP + SIDE - (i - 1) * CELL - CELL / 2;
            svg.append(textAt(x, TOP + SIDE + 18, "middle", 13, "#333333", String.valueOf(i)));
            svg.append(textAt(LEFT - 12, y + 4, "end", 13, "#333333", String.valueOf(i)));
        }
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(SIDE)
                .append("\" height=\"").append(SIDE).append("\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1\"/>");
        svg.append(textAt(LEFT + SIDE / 2, TOP + SIDE + 42, "middle", 14, "#222222",
                text.apply("stakeholders.analysis.interest") + " →"));
        svg.append("<g transform=\"translate(18 ").append(TOP + SIDE / 2).append(") rotate(-90)\">")
                .append(textAt(0, 0, "middle", 14, "#222222", text.apply("stakeholders.analysis.power") + " →"))
                .append("</g>");
        var taken = new HashMap<String, Integer>();
        for (int n = 0; n < placements.size(); n++) {
            var p = placements.get(n);
            var cell = p.interest() + ":" + p.power();
            int already = taken.merge(cell, 1, Integer::sum) - 1;
            // up to nine dots share a cell, three by three
            int dx = (already % 3 - 1) * 26;
            int dy = (already / 3 % 3 - 1) * 26;
            int x = LEFT + (p.interest() - 1) * CELL + CELL / 2 + dx;
            int y = TOP + SIDE - (p.power() - 1) * CELL - CELL / 2 + dy;
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"12\" fill=\"#1f4e79\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            svg.append(textAt(x, y + 4, "middle", 11, "#ffffff", String.valueOf(n + 1)));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void quadrant(StringBuilder svg, int x, int y, int side, String fill, String label) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(side)
                .append("\" height=\"").append(side).append("\" fill=\"").append(fill)
                .append("\" stroke=\"#bbbbbb\" stroke-width=\"1\"/>");
        svg.append(textAt(x + side / 2, y + 18, "middle", 13, "#333333", label));
    }

    private static String textAt(int x, int y, String anchor, int size, String fill, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" font-family=\"sans-serif\" fill=\"" + fill + "\">" + escape(content) + "</text>";
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
