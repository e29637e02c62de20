package org.ariadne.victimdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.ReadLimits;
import org.ariadne.common.spreadsheet.SpreadsheetKind;
import org.ariadne.common.spreadsheet.SpreadsheetReader;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.common.upload.PendingUpload;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.institutions.Institutions;
import org.ariadne.victimdata.linkage.LinkageRecord;
import org.ariadne.victimdata.linkage.MatchClass;
import org.ariadne.victimdata.linkage.VictimLinkage;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases imported from an institution's workbook: upload → preview → confirm, as plans and reports are, for victim-data
 * officers only. The workbook holds names, birth dates and document numbers in clear, so the waiting upload is
 * <b>sealed</b>: {@link PendingUploads} keeps only its AES-GCM ciphertext under the register's encryption key (and a
 * file name that says nothing), it is opened in memory for each preview, emptied on confirmation, deleted on
 * cancellation and gone once it expires. The confirmation registers every row in one transaction exactly as typed
 * cases are registered ({@link VictimRegister#registerImported}): keys derived, identifying data dropped, earlier
 * cases of the same person proposed; a file with any problem saves nothing (fixed and uploaded again, it would
 * otherwise register its good rows twice).
 */
@Service
@NamedInterface("api")
public class CaseImports {

    static final String UPLOAD = "victimdata-cases";

    private final PendingUploads uploads;
    private final VictimRegister register;
    private final Institutions institutions;
    private final VictimDataProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    CaseImports(PendingUploads uploads, VictimRegister register, Institutions institutions,
            VictimDataProperties properties, MessageSource messages, Clock clock) {
        this.uploads = uploads;
        this.register = register;
        this.institutions = institutions;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return uploads.limits().maxBytes();
    }

    /**
     * The headings of the template, in the reader's language, in the order the reader expects them; a star marks a
     * column every row needs.
     */
    @PreAuthorize(VictimRegister.OFFICER)
    public List<String> templateHeadings(Locale locale) {
        return CaseWorkbook.COLUMNS.stream().map(column -> messages.getMessage("victimdata.field." + column.field(),
                null, locale) + (column.required() ? " *" : "")).toList();
    }

    /**
     * Checks that the file is a workbook that can be read (not empty, not too large, no macros, not encrypted, not a
     * CSV) and keeps it sealed for the preview, answering its token. Its rows are checked in the preview.
     */
    @PreAuthorize(VictimRegister.OFFICER)
    @Transactional
    public String upload(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw CaseImportException.refused("spreadsheet.refused.empty");
        }
        var grid = read(content);
        var seal = properties.seal();
        // the file name may name the person ("Drita H.xlsx"): only its kind is kept
        return uploads.keep(UPLOAD, UPLOAD, Map.of(), grid.kind() == SpreadsheetKind.XLS ? "cases.xls" : "cases.xlsx",
                seal.sealBytes(content));
    }

    /** What confirming would save, opened from the sealed upload; only the officer who uploaded it finds it. */
    @PreAuthorize(VictimRegister.OFFICER)
    @Transactional(readOnly = true)
    public ImportPreview preview(String token) {
        var upload = uploads.find(UPLOAD, UPLOAD, token);
        return preview(upload.id(), reader().read(grid(upload)));
    }

    /**
     * Registers every row of the previewed file, once, in one transaction: not while it has problems, and not when
     * the register changed what the preview proposed ({@code seen}); a second confirmation saves nothing.
     */
    @PreAuthorize(VictimRegister.OFFICER)
    @Transactional
    public List<Registered> confirm(String token, String seen) {
        return uploads.confirm(UPLOAD, UPLOAD, token, upload -> {
            var read = reader().read(grid(upload));
            var preview = preview(upload.id(), read);
            PendingUploads.checkUnchanged(seen, preview.fingerprint());
            if (!preview.canConfirm()) {
                throw CaseImportException.hasProblems(preview.errors());
            }
            var registered = new ArrayList<Registered>();
            for (var line : read.lines()) {
                registered.add(register.registerImported(line.command()));
            }
            return List.copyOf(registered);
        }, registered -> registered.size() + " cases");
    }

    /** Drops the upload: nothing of it stays. */
    @PreAuthorize(VictimRegister.OFFICER)
    @Transactional
    public void cancel(String token) {
        uploads.discard(UPLOAD, UPLOAD, token);
    }

    private ImportPreview preview(String token, CaseWorkbook.Read read) {
        var directory = institutions.directory();
        var rows = new ArrayList<ImportRow>();
        var linkage = read.lines().stream().anyMatch(line -> line.command().hasIdentifyingData()) ? linkage() : null;
        var records = new ArrayList<LinkageRecord>();
        for (var line : read.lines()) {
            var command = line.command();
            var matches = register.earlierMatches(command);
            var sameAs = new ArrayList<Integer>();
            LinkageRecord record = null;
            if (command.hasIdentifyingData()) {
                var derived = linkage.query(command.identifyingData());
                record = derived.record();
                for (int i = 0; i < records.size(); i++) {
                    var earlier = records.get(i);
                    if (earlier != null && derived.blockKeys().contains(earlier.blockKey())
                            && MatchClass.of(linkage.score(record, earlier)) != MatchClass.NO_MATCH) {
                        sameAs.add(read.lines().get(i).row());
                    }
                }
            }
            records.add(record);
            rows.add(new ImportRow(line.row(), command.identifiedOn(),
                    directory.nameOf(command.identifyingInstitutionId()), command.status(), command.sex(),
                    command.ageAtIdentification(), command.hasIdentifyingData(), matches, sameAs));
        }
        // what the preview showed, without anything that identifies a person: rows, proposals, problems' places
        var fingerprint = PendingUploads.fingerprint(token, rows.stream().map(row -> row.row() + ":"
                        + row.matches().stream().map(m -> m.caseId() + "/" + m.matchClass()).toList() + row.sameAsRows())
                .toList(), read.problems().stream().map(ImportProblem::place).toList());
        return new ImportPreview(token, rows, read.problems(), fingerprint);
    }

    private CaseWorkbook reader() {
        Function<String, List<String>> labels = key -> List.of(
                messages.getMessage(key, null, key, Locale.ENGLISH),
                messages.getMessage(key, null, key, Locale.forLanguageTag("sq")));
        return new CaseWorkbook(labels, institutions.directory(), LocalDate.now(clock));
    }

    private Grid grid(PendingUpload upload) {
        return read(properties.seal().openBytes(upload.content()));
    }

    private Grid read(byte[] content) {
        Grid grid;
        try {
            grid = SpreadsheetReader.read(content, "cases", ReadLimits.defaults().withMaxBytes(maxBytes()));
        } catch (SpreadsheetRefusedException refused) {
            throw CaseImportException.refused(refused.messageKey(), refused.messageArgs());
        }
        if (grid.kind() == SpreadsheetKind.CSV) {
            throw CaseImportException.refused("victimdata.import.not-a-workbook");
        }
        return grid;
    }

    private VictimLinkage linkage() {
        try {
            return properties.linkage();
        } catch (RuntimeException missing) {
            throw VictimDataException.linkageUnavailable();
        }
    }
}
