package org.ariadne.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks every module that writes a part of the report to the government ({@link GovernmentReportPart}) for its
 * sections, in their order. A part that fails does not take the report with it: in its place the report says that
 * this section could not be produced, and the error is logged, so the office can still submit the rest and generate
 * it again once the cause is fixed.
 */
@Component
class GovernmentReportParts {

    private static final Logger log = LoggerFactory.getLogger(GovernmentReportParts.class);
    private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    private final List<GovernmentReportPart> parts;
    private final MessageSource messages;

    GovernmentReportParts(List<GovernmentReportPart> parts, MessageSource messages) {
        // the order the parts ask for, and the module's name for parts of the same order, so the report is stable
        this.parts = parts.stream().sorted(Comparator.comparingInt(GovernmentReportPart::order)
                .thenComparing(GovernmentReportParts::module)).toList();
        this.messages = messages;
    }

    /**
     * The parts' sections, in order. {@code taken} holds the anchors already used by the report's own sections; each
     * part section gets an anchor of its own (a bookmark in the Word document, a link in the PDF's contents).
     */
    List<Section> sections(long planId, int year, Locale language, Set<String> taken) {
        var used = new HashSet<>(taken);
        var sections = new ArrayList<Section>();
        for (var part : parts) {
            for (var section : sectionsOf(part, planId, year, language)) {
                sections.add(new Section(anchor(section.anchor(), used), section.heading(), section.blocks()));
            }
        }
        return sections;
    }

    private List<Section> sectionsOf(GovernmentReportPart part, long planId, int year, Locale language) {
        try {
            var sections = part.sections(planId, year, language);
            if (sections == null) {
                return List.of();
            }
            for (var section : sections) {
                if (section == null || section.heading() == null || section.blocks() == null) {
                    throw new IllegalStateException("a section without heading or content");
                }
            }
            return sections;
        } catch (RuntimeException e) {
            log.error("The part of the report to the government written by the {} module (plan {}, year {}) could "
                    + "not be produced", module(part), planId, year, e);
            return List.of(new Section("part-failed", message("documents.government.part-failed.heading", language),
                    List.of(Paragraph.of(message("documents.government.part-failed", language, module(part))))));
        }
    }

    private static String anchor(String wanted, Set<String> used) {
        var base = wanted != null && ANCHOR.matcher(wanted).matches() ? wanted : "part";
        var anchor = base;
        for (int n = 2; used.contains(anchor); n++) {
            anchor = base + "-" + n;
        }
        used.add(anchor);
        return anchor;
    }

    /** The module a part comes from ("recommendations"), as the log and the note name it. */
    static String module(GovernmentReportPart part) {
        var name = part.getClass().getPackageName();
        var prefix = "org.ariadne.";
        if (!name.startsWith(prefix)) {
            return name;
        }
        var rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
