package org.ariadne.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a report of a given length takes as PDF, and the heap it needs, without a database (issue 11): the annex
 * of a plan of {@code 400 × scale} activities and {@code 1,200 × scale} indicators as {@link PlanReportBuild#annex}
 * lays it out (status of every activity, progress of every indicator, two narratives per activity, two half-year
 * ratings per activity, per objective), with texts of the lengths institutions write. A benchmark: it asserts nothing
 * and prints its figures. {@code ./mvnw -Pbenchmark test -Dtest=LongPdfBenchmark -Dariadne.benchmark.scale=10
 * -DargLine=-Xmx512m}.
 */
@Tag("benchmark")
class LongPdfBenchmark {

    static final int SCALE = Integer.getInteger("ariadne.benchmark.scale", 10);
    static final int OBJECTIVES = 20;

    @Test
    void theAnnexOfALargePlanAsPdf() throws Exception {
        var content = annex(SCALE);
        System.out.printf(Locale.ROOT, "%n== long PDF (scale %d): %,d activities, %,d indicators, weight %,d; heap max %,d MB ==%n",
                SCALE, 400 * SCALE, 1200 * SCALE, PdfParts.weight(content), Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 0; run < 3; run++) {
            resetPeaks();
            long started = System.nanoTime();
            var pdf = PdfReport.write(content);
            long ms = (System.nanoTime() - started) / 1_000_000;
            try (var document = Loader.loadPDF(pdf)) {
                System.out.printf(Locale.ROOT, "  run %d: %,d ms, %,d KB, %,d pages; peak heap %,d MB%n", run, ms,
                        pdf.length >> 10, document.getNumberOfPages(), peakHeap() >> 20);
            }
        }
    }

    static ReportContent annex(int scale) {
        int activities = 400 * scale;
        int indicators = 1200 * scale;
        var sections = new ArrayList<Section>();
        sections.add(new Section("activities", "Status of the activities", perObjective(activities, i -> List.of(
                code(i), "Training of police officers and prosecutors on the identification of victims, round " + i,
                "Ministry of Interior; Police Directorate", i % 3 == 0 ? "Delayed" : "On track",
                "Q" + (1 + i % 4) + " 2025"), List.of("Code", "Activity", "Responsible", "Status", "Deadline"))));
        sections.add(new Section("indicators", "Progress of the indicators", perObjective(indicators, i -> List.of(
                code(i / 3) + "." + (i % 3 + 1), "Number of victims identified and referred to assistance " + i,
                "120", String.valueOf(i % 150), String.valueOf(i % 100) + " %", i % 4 == 0 ? "Red" : "Green"),
                List.of("Code", "Indicator", "Target", "Value", "Achieved", "Light"))));
        for (var name : List.of("Achievements", "Problems")) {
            sections.add(new Section(name.toLowerCase(Locale.ROOT), name, perObjective(activities, i -> List.of(
                    code(i), "Shelter places", "Ministry of Social Affairs",
                    ("The institution reports that the work went as planned; three sessions were held with the "
                            + "municipalities and the referral mechanism met twice. ").repeat(1 + i % 3)),
                    List.of("Code", "Activity", "Institution", name))));
        }
        sections.add(new Section("review", "Half-year review", perObjective(2 * activities, i -> List.of(
                code(i / 2), "Activity " + i, i % 2 == 0 ? "Satisfactory" : "Needs attention",
                "Comments of the review team on the activity's progress " + i), List.of("Code", "Activity",
                "Rating", "Comments"))));
        return new ReportContent("Annex to the annual implementation report 2025", "Detail per activity",
                Locale.ENGLISH, List.of("Plan: National action plan"), "Contents", "Page", "of", sections);
    }

    private static List<ReportContent.Block> perObjective(int rows, java.util.function.IntFunction<List<String>> row,
            List<String> header) {
        var blocks = new ArrayList<ReportContent.Block>();
        int per = rows / OBJECTIVES;
        for (int o = 0; o < OBJECTIVES; o++) {
            blocks.add(new Subheading("Strategic objective " + (o + 1)));
            var lines = new ArrayList<List<String>>();
            for (int i = o * per; i < (o + 1) * per; i++) {
                lines.add(row.apply(i));
            }
            var numeric = new ArrayList<Boolean>();
            header.forEach(h -> numeric.add(false));
            blocks.add(new Table(header, lines, numeric, true));
            blocks.add(Paragraph.of("Objective " + (o + 1) + ": " + per + " lines."));
        }
        return blocks;
    }

    private static String code(int i) {
        return (1 + i / 200) + "." + (1 + i % 200 / 20) + "." + (1 + i % 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
