package org.ariadne.publication.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.ariadne.common.charts.Chart;
import org.ariadne.common.charts.ChartDrawing;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * A chart's SVG made fit to sit inside a portal page, the way the dashboards do it ({@code dashboards.web.PageSvg},
 * which is internal to that module): the pages' Content-Security-Policy ({@code style-src 'self'}) forbids inline
 * {@code style} attributes, in which JFreeSVG writes its colours and fonts, so each declaration becomes the
 * equivalent SVG presentation attribute; a {@code viewBox} lets the drawing scale to narrow screens. The SVG is
 * parsed and written again as XML, so every text (titles come from people) stays escaped. Once a shared place for
 * it exists in {@code common.charts}, both modules should use that.
 */
final class PortalSvg {

    /** The CSS properties JFreeSVG writes that SVG also accepts as attributes; anything else is dropped. */
    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
            "stroke-dashoffset", "shape-rendering", "text-rendering", "font-family", "font-size", "font-weight",
            "font-style", "opacity", "clip-rule", "text-anchor", "dominant-baseline", "alignment-baseline");

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private PortalSvg() {
    }

    /** Horizontal bars grow with their categories, so that long labels stay readable (as on the dashboards). */
    static String of(Chart chart, int width) {
        boolean horizontal = chart.kind() == Chart.Kind.HORIZONTAL_BARS
                || chart.kind() == Chart.Kind.STACKED_HORIZONTAL_BARS;
        int height = horizontal ? Math.max(240, 110 + 36 * chart.categories().size()) : 380;
        return of(chart, width, height);
    }

    static String of(Chart chart, int width, int height) {
        return inline(ChartDrawing.svg(chart, width, height), width, height);
    }

    static String inline(String svg, int width, int height) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            // text pasted from Word can carry control characters (a vertical tab for a line break) that XML refuses
            var clean = CONTROL.matcher(svg).replaceAll(" ");
            var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(clean)));
            var root = document.getDocumentElement();
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
            root.setAttribute("class", "chart-svg");
            root.setAttribute("focusable", "false");
            var elements = document.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                moveStyle((Element) elements.item(i));
            }
            var transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare a chart for the page", e);
        }
    }

    private static void moveStyle(Element element) {
        if (!element.hasAttribute("style")) {
            return;
        }
        for (var declaration : element.getAttribute("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                var property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                var value = declaration.substring(colon + 1).strip();
                if (PRESENTATION.contains(property) && !value.isEmpty()) {
                    element.setAttribute(property, value);
                }
            }
        }
        element.removeAttribute("style");
    }
}
