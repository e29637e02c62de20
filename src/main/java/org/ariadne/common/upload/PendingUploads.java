package org.ariadne.common.upload;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files uploaded for a preview and waiting for their uploader's confirmation: a plan workbook, a report workbook.
 * The one mechanism behind every upload → preview → confirm:
 * <ul>
 * <li>only the uploader finds their upload (anyone else is told it does not exist), and only for the purpose and
 * subject it was uploaded for (a report's upload does not open under another report's address);</li>
 * <li>bounded: a file over {@link UploadLimits#maxBytes()} is refused, and a person has at most
 * {@link UploadLimits#pendingPerUser()} uploads waiting (a further one drops their oldest);</li>
 * <li>an upload not confirmed within {@link UploadLimits#keep()} is gone, whether or not the clean-up ran;</li>
 * <li>{@link #confirm} runs the module's import once: the upload is claimed in the caller's transaction, so a
 * second confirmation (a double click, a second tab) waits for the first and then gets
 * {@link UploadAlreadyConfirmedException} instead of importing twice; a failed import leaves it waiting;</li>
 * <li>a preview carries a {@link #fingerprint} of what it showed; {@link #checkUnchanged} refuses a confirmation
 * whose preview no longer matches the data ({@link UploadException#stale()}).</li>
 * </ul>
 * Kept in the database, not in the session, so that an upload survives a restart and any server can confirm it.
 */
@Service
public class PendingUploads {

    private final JdbcClient jdbc;
    private final UploadLimits limits;
    private final Clock clock;
    private final org.ariadne.common.cluster.ClusterLock lock;

    PendingUploads(JdbcClient jdbc, UploadLimits limits, Clock clock, org.ariadne.common.cluster.ClusterLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.limits = limits;
        this.clock = clock;
    }

    public UploadLimits limits() {
        return limits;
    }

    /**
     * Keeps a file the module has checked, for the current user, and answers its id (the token in the preview's
     * address). The module checks the content first: nothing hostile is ever kept.
     */
    @Transactional
    public String keep(String purpose, String subject, Map<String, String> details, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw UploadException.empty();
        }
        if (content.length > limits.maxBytes()) {
            throw UploadException.tooLarge(limits.maxBytes());
        }
        var user = currentUser();
        var id = UUID.randomUUID().toString();
        var name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        jdbc.sql("""
                        insert into pending_upload (id, purpose, subject, details, uploaded_by, uploaded_at, file_name,
                                                    content)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, purpose, subject, encode(details), user, Timestamp.valueOf(now()),
                        name.length() > 300 ? name.substring(0, 300) : name, content)
                .update();
        // the newest ones stay: a person who uploads again and again drops what they no longer look at
        jdbc.sql("""
                        select id from pending_upload where uploaded_by = ? and confirmed_at is null and id <> ?
                        order by uploaded_at desc, id""")
                .params(user, id)
                .query(String.class).list().stream()
                .skip(Math.max(0, limits.pendingPerUser() - 1))
                .forEach(old -> jdbc.sql("delete from pending_upload where id = ?").param(old).update());
        return id;
    }

    /** The current user's upload {@code id} for {@code purpose}, whatever its subject; not found otherwise. */
    @Transactional(readOnly = true)
    public PendingUpload find(String purpose, String id) {
        return waiting(purpose, null, id);
    }

    /** The current user's upload {@code id} for {@code purpose} and {@code subject}; not found otherwise. */
    @Transactional(readOnly = true)
    public PendingUpload find(String purpose, String subject, String id) {
        return waiting(purpose, subject, id);
    }

    /**
     * Confirms the upload once: claims it, runs {@code action} (the module's import) and records
     * {@code outcome} of its result, all in the caller's transaction. A second confirmation of the same upload
     * throws {@link UploadAlreadyConfirmedException} with that outcome; when {@code action} throws, nothing is
     * saved and the upload waits as before.
     *
     * @param subject the subject the address names, or null where the address names none
     */
    @Transactional
    public <T> T confirm(String purpose, String subject, String id, Function<PendingUpload, T> action,
            Function<? super T, String> outcome) {
        var upload = waiting(purpose, subject, id);
        // the claim: a second request blocks here on the row until the first commits, then finds it confirmed
        int claimed = jdbc.sql("update pending_upload set confirmed_at = ? where id = ? and confirmed_at is null")
                .params(Timestamp.valueOf(now()), upload.id()).update();
        if (claimed == 0) {
            throw new UploadAlreadyConfirmedException(id, confirmedOutcome(upload.id()));
        }
        var result = action.apply(upload);
        var recorded = outcome.apply(result);
        // the bytes are no longer needed; the row stays until it expires, to answer a second confirmation
        jdbc.sql("update pending_upload set outcome = ?, content = ? where id = ?")
                .params(recorded == null || recorded.length() <= 200 ? recorded : recorded.substring(0, 200),
                        new byte[0], upload.id())
                .update();
        return result;
    }

    /** Drops the current user's upload without importing it. */
    @Transactional
    public void discard(String purpose, String subject, String id) {
        var upload = waiting(purpose, subject, id);
        jdbc.sql("delete from pending_upload where id = ? and confirmed_at is null").param(upload.id()).update();
    }

    /**
     * Refuses a confirmation whose preview showed something else than what the file would do now: {@code seen} is
     * the fingerprint the preview page was shown with (null when the request comes from no preview page, such as a
     * trusted one-call import), {@code now} the fingerprint of the preview as it is now.
     */
    public static void checkUnchanged(String seen, String now) {
        if (seen != null && !seen.isBlank() && !seen.equals(now)) {
            throw UploadException.stale();
        }
    }

    /**
     * A short digest of what a preview shows (its changes, its problems): equal for equal previews. The parts must
     * have a stable text (records, strings, numbers, enums, lists of them).
     */
    public static String fingerprint(Object... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Uploads nobody confirmed in time are dropped: they were previews, not data. */
    /** Hourly, on one node of several (the one DELETE commits on its own). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeExpiredOnSchedule() {
        lock.runOnce("pending-uploads-clean-up", java.time.Duration.ofMinutes(30), this::removeExpired);
    }

    @Transactional
    public void removeExpired() {
        jdbc.sql("delete from pending_upload where uploaded_at < ?").param(Timestamp.valueOf(oldestKept())).update();
    }

    private PendingUpload waiting(String purpose, String subject, String id) {
        var sql = """
                select id, purpose, subject, details, uploaded_by, uploaded_at, file_name, content, confirmed_at, outcome
                from pending_upload where id = ? and purpose = ? and uploaded_by = ? and uploaded_at >= ?""";
        var query = subject == null
                ? jdbc.sql(sql).params(id, purpose, currentUser(), Timestamp.valueOf(oldestKept()))
                : jdbc.sql(sql + " and subject = ?").params(id, purpose, currentUser(),
                        Timestamp.valueOf(oldestKept()), subject);
        var found = query.query((row, index) -> row.getTimestamp("confirmed_at") != null
                ? new Confirmed(row.getString("id"), row.getString("outcome"))
                : new PendingUpload(row.getString("id"), row.getString("purpose"), row.getString("subject"),
                        decode(row.getString("details")), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toLocalDateTime(), row.getString("file_name"),
                        row.getBytes("content")))
                .optional()
                .orElseThrow(() -> NotFoundException.of("upload", id));
        if (found instanceof Confirmed confirmed) {
            throw new UploadAlreadyConfirmedException(id, confirmed.outcome());
        }
        return (PendingUpload) found;
    }

    private record Confirmed(String id, String outcome) {
    }

    private String confirmedOutcome(String id) {
        return jdbc.sql("select outcome from pending_upload where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDateTime oldestKept() {
        return now().minus(limits.keep());
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isEmpty()) {
            // an upload belongs to somebody: one kept for nobody could be confirmed by anybody
            throw new IllegalStateException("an upload needs a signed-in user");
        }
        return authentication.getName();
    }

    private static String encode(Map<String, String> details) {
        return details == null ? "" : details.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> decode(String text) {
        var details = new LinkedHashMap<String, String>();
        if (text != null && !text.isEmpty()) {
            for (var pair : text.split("&")) {
                var at = pair.indexOf('=');
                details.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return Map.copyOf(details);
    }
}
