package org.ariadne.common.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Finds macros and ActiveX controls in an Office Open XML package (workbook, document, presentation) by looking at
 * the actual parts, not at the first bytes of one of them nor at the extension: every part is streamed whole and
 * checked in constant memory. A package holds macros when any of these is true:
 * <ul>
 * <li>a part is named like a macro part ({@code vbaProject.bin}, {@code vbaData.xml}, {@code activeX/...},
 * {@code macrosheets/...}), whatever folder it is in;</li>
 * <li>{@code [Content_Types].xml}, read to its end however large, declares a macro content type (a macro-enabled main
 * part, {@code application/vnd.ms-office.vbaProject}, ActiveX, an Excel 4 macro sheet), wherever in the file;</li>
 * <li>a relationship part points to a VBA project, ActiveX control or macro sheet;</li>
 * <li>any part, whatever its name, is a VBA project: its OLE directory names the {@code _VBA_PROJECT} stream.</li>
 * </ul>
 * Used for uploaded spreadsheets (plan import, report workbooks) and for evidence files.
 */
public final class OfficeMacros {

    /** What the content types say when a package carries code. */
    private static final String[] DECLARED = {"vbaproject", "macroenabled", "macrosheet", "activex", "vbadata"};
    /** The relationship types that attach code; only types, so that a hyperlink's address cannot trigger them. */
    private static final String[] ATTACHED = {"relationships/vbaproject", "relationships/activexcontrol",
            "relationships/xlmacrosheet", "relationships/xlintlmacrosheet", "relationships/wordvbadata"};
    /** The stream every VBA project holds, in the UTF-16 directory of its OLE file (NULs are skipped). */
    private static final String VBA_STREAM = "_vba_project";
    private static final Set<String> MACRO_NAMES = Set.of("vbaproject", "vbadata", "/activex/", "macrosheets/");
    /** Where an OpenDocument file (ODT, ODS) keeps its own macros: Basic libraries and scripts, at its root. */
    private static final Set<String> OPENDOCUMENT_MACRO_FOLDERS = Set.of("basic/", "scripts/");
    /** How an OpenDocument part binds an event or a button to a macro, in the file or installed on the computer. */
    private static final String[] OPENDOCUMENT_MACRO_CALLS = {"vnd.sun.star.script:", "macro://"};

    private final MarkerScanner contentTypes = new MarkerScanner(DECLARED);
    private final MarkerScanner relationships = new MarkerScanner(ATTACHED);
    private String reason;

    /**
     * Whether the zip holds macros. A package that inflates beyond {@code maxInflatedBytes} cannot be checked in
     * reasonable time and is reported as holding them, so that nobody can hide a macro behind sheer size.
     */
    public static boolean present(InputStream zip, long maxInflatedBytes) throws IOException {
        var macros = new OfficeMacros();
        var buffer = new byte[64 * 1024];
        long inflated = 0;
        try (var entries = new ZipArchiveInputStream(zip, StandardCharsets.UTF_8.name(), true, true)) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                var part = macros.part(entry.getName());
                int n;
                while ((n = entries.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > maxInflatedBytes) {
                        return true;
                    }
                    part.feed(buffer, n);
                }
                part.end();
            }
        }
        return macros.found().isPresent();
    }

    OfficeMacros() {
    }

    /** Starts watching the next part of the package; feed it every byte of the part, then end it. */
    Part part(String name) {
        var lower = name.toLowerCase(Locale.ROOT).replace('\\', '/');
        if (reason == null && MACRO_NAMES.stream().anyMatch(lower::contains)) {
            reason = "macro part " + name;
        }
        if (reason == null && OPENDOCUMENT_MACRO_FOLDERS.stream().anyMatch(lower::startsWith)) {
            reason = "OpenDocument macro part " + name;
        }
        var declarations = lower.endsWith("[content_types].xml") ? contentTypes
                : lower.endsWith(".rels") ? relationships : null;
        return new Part(name, declarations, new MarkerScanner(VBA_STREAM), new MarkerScanner(OPENDOCUMENT_MACRO_CALLS));
    }

    /** Why the package holds macros, once every part has been seen; empty when it holds none. */
    Optional<String> found() {
        if (reason == null && contentTypes.foundAny()) {
            reason = "macro content type " + contentTypes.found();
        }
        if (reason == null && relationships.foundAny()) {
            reason = "macro relationship " + relationships.found();
        }
        return Optional.ofNullable(reason);
    }

    /** One part being read. */
    final class Part {

        private final String name;
        private final MarkerScanner declarations;
        private final MarkerScanner vbaStream;
        private final MarkerScanner macroCalls;

        private Part(String name, MarkerScanner declarations, MarkerScanner vbaStream, MarkerScanner macroCalls) {
            this.name = name;
            this.declarations = declarations;
            this.vbaStream = vbaStream;
            this.macroCalls = macroCalls;
        }

        void feed(byte[] bytes, int length) {
            if (declarations != null) {
                declarations.feed(bytes, 0, length);
            }
            vbaStream.feed(bytes, 0, length);
            macroCalls.feed(bytes, 0, length);
        }

        void end() {
            if (reason == null && vbaStream.foundAny()) {
                reason = "VBA project in part " + name;
            }
            if (reason == null && macroCalls.foundAny()) {
                reason = "macro call " + macroCalls.found() + " in part " + name;
            }
        }
    }
}
