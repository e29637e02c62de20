package org.ariadne.common.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * What the one preview fragment ({@code fragments/upload :: preview(upload, choices)}) shows of any upload: the
 * counts (problems, notes and the module's own figures), every problem and note by sheet, row, field and cell, and
 * the confirm/cancel form carrying the preview's fingerprint. The module adds its own part of the form (what will
 * change, the choices to make) as the fragment's {@code choices}.
 *
 * <pre>{@code
 * var upload = UploadPreview.of(token, preview.fingerprint(), problems)
 *         .figure("changes", preview.changes().size(), "reportbook.preview.changes")
 *         .nothingToDo(preview.changes().isEmpty() ? "reportbook.preview.nothing" : null)
 *         .confirm(base + "/confirm", "confirm-workbook", "reportbook.preview.confirm", preview.canConfirm())
 *         .cancel(base + "/cancel", "reportbook.preview.cancel");
 * }</pre>
 */
public final class UploadPreview {

    /** A problem (blocks the confirmation) or a note, where it is and what to do, in the user's language. */
    public record Problem(String sheet, int row, String field, String cell, boolean error, String text) {
    }

    /** One of the module's counts: {@code name} is the figure's {@code data-count}, {@code labelKey} its label. */
    public record Figure(String name, long value, String labelKey) {
    }

    private final String token;
    private final String fingerprint;
    private final List<Problem> problems;
    private final List<Figure> figures = new ArrayList<>();
    private String nothingToDo;
    private String confirmUrl;
    private String confirmId;
    private String confirmKey;
    private boolean canConfirm;
    private String cancelUrl;
    private String cancelKey;

    private UploadPreview(String token, String fingerprint, List<Problem> problems) {
        this.token = token;
        this.fingerprint = fingerprint;
        this.problems = List.copyOf(problems);
    }

    /** The preview of upload {@code token}, shown with {@code fingerprint} (see {@link PendingUploads#fingerprint}). */
    public static UploadPreview of(String token, String fingerprint, List<Problem> problems) {
        return new UploadPreview(token, fingerprint, problems);
    }

    public UploadPreview figure(String name, long value, String labelKey) {
        figures.add(new Figure(name, value, labelKey));
        return this;
    }

    /** A figure shown only when it is not zero (conflicts, elements the file no longer has). */
    public UploadPreview figureIfAny(String name, long value, String labelKey) {
        return value == 0 ? this : figure(name, value, labelKey);
    }

    /** The message shown when the file has no problem and would change nothing; null when it changes something. */
    public UploadPreview nothingToDo(String messageKey) {
        this.nothingToDo = messageKey;
        return this;
    }

    public UploadPreview confirm(String url, String buttonId, String labelKey, boolean allowed) {
        this.confirmUrl = url;
        this.confirmId = buttonId;
        this.confirmKey = labelKey;
        this.canConfirm = allowed;
        return this;
    }

    public UploadPreview cancel(String url, String labelKey) {
        this.cancelUrl = url;
        this.cancelKey = labelKey;
        return this;
    }

    public String token() {
        return token;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public List<Problem> problems() {
        return problems;
    }

    public long errors() {
        return problems.stream().filter(Problem::error).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Whether the problems table has a column for it: only what some problem names is shown. */
    public boolean showsRow() {
        return problems.stream().anyMatch(problem -> problem.row() > 0);
    }

    public boolean showsField() {
        return problems.stream().anyMatch(problem -> problem.field() != null);
    }

    public boolean showsSheet() {
        return problems.stream().anyMatch(problem -> problem.sheet() != null);
    }

    public String nothingToDo() {
        return nothingToDo;
    }

    public String confirmUrl() {
        return confirmUrl;
    }

    public String confirmId() {
        return confirmId;
    }

    public String confirmKey() {
        return confirmKey;
    }

    public boolean canConfirm() {
        return canConfirm;
    }

    public String cancelUrl() {
        return cancelUrl;
    }

    public String cancelKey() {
        return cancelKey;
    }
}
