package org.ariadne.reportingcycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.ariadne.common.NotFoundException;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-app notices: reminders before and after a deadline and returned reports go to an institution's focal points;
 * submitted reports go to the coordinator's office, and to the office account responsible for activities the report
 * covers. A notice with a dedup key is only ever created once.
 */
@Service
@org.springframework.modulith.NamedInterface("notices")
public class Notices {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final org.ariadne.common.participant.ParticipantScope participants;
    private final org.ariadne.institutions.Institutions institutions;

    Notices(JdbcClient jdbc, JsonMapper json, Clock clock,
            org.ariadne.common.participant.ParticipantScope participants,
            org.ariadne.institutions.Institutions institutions) {
        this.participants = participants;
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A notice as the notice list shows it; {@code arguments} fill the message's placeholders. */
    public record NoticeView(long id, String messageKey, Object[] arguments, String link, LocalDateTime createdAt,
            boolean read) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NoticeView> mine(int limit) {
        var user = CurrentUser.required();
        return jdbc.sql("select * from notice where " + audience(user) + " order by created_at desc, id desc limit "
                        + Math.max(1, Math.min(limit, 500)))
                .params(audienceParameters(user))
                .query((row, index) -> new NoticeView(row.getLong("id"), row.getString("message_key"),
                        arguments(row.getString("arguments")), row.getString("link"),
                        row.getTimestamp("created_at").toLocalDateTime(), row.getTimestamp("read_at") != null))
                .list();
    }

    /** One page of the person's notices, newest first, and how many there are in all and unread. */
    public record NoticePage(List<NoticeView> notices, int page, int pages, long total, long unread,
            boolean unreadOnly) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /**
     * A page of the person's notices ({@code page} from 1; beyond the last one, the last one), all of them or only the
     * unread ones.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NoticePage page(int page, int size, boolean unreadOnly) {
        var user = CurrentUser.required();
        var where = (unreadOnly ? "read_at is null and " : "") + audience(user);
        long total = jdbc.sql("select count(*) from notice where " + where).params(audienceParameters(user))
                .query(Long.class).single();
        int perPage = Math.max(1, Math.min(size, 200));
        int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
        int shown = Math.max(1, Math.min(page, pages));
        var notices = jdbc.sql("select * from notice where " + where + " order by created_at desc, id desc limit "
                        + perPage + " offset " + (long) (shown - 1) * perPage)
                .params(audienceParameters(user))
                .query((row, index) -> new NoticeView(row.getLong("id"), row.getString("message_key"),
                        arguments(row.getString("arguments")), row.getString("link"),
                        row.getTimestamp("created_at").toLocalDateTime(), row.getTimestamp("read_at") != null))
                .list();
        return new NoticePage(notices, shown, pages, total, unread(), unreadOnly);
    }

    /**
     * Marks one of the person's notices read; a notice that is not theirs is one that does not exist for them.
     *
     * @throws NotFoundException when the notice is not one the person reads
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        var user = CurrentUser.required();
        var parameters = new java.util.ArrayList<Object>();
        parameters.add(id);
        parameters.addAll(audienceParameters(user));
        boolean theirs = jdbc.sql("select count(*) from notice where id = ? and " + audience(user)).params(parameters)
                .query(Long.class).single() > 0;
        if (!theirs) {
            throw NotFoundException.of("notice", id);
        }
        jdbc.sql("update notice set read_at = ? where id = ? and read_at is null")
                .params(Timestamp.valueOf(LocalDateTime.now(clock)), id).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unread() {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from notice where read_at is null and " + audience(user.get()))
                .params(audienceParameters(user.get())).query(Long.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        var user = CurrentUser.required();
        var parameters = new java.util.ArrayList<Object>();
        parameters.add(Timestamp.valueOf(LocalDateTime.now(clock)));
        parameters.addAll(audienceParameters(user));
        jdbc.sql("update notice set read_at = ? where read_at is null and " + audience(user)).params(parameters).update();
    }

    /**
     * A focal point sees their institution's notices, the office sees its own (of its participant, issue 19), everyone
     * sees those named for them.
     */
    private static String audience(SignedInUser user) {
        var office = !CycleAccess.isOffice(user) ? ""
                : user.participantId() == null ? " or (institution_id is null and recipient is null)"
                : " or (institution_id is null and recipient is null and participant_id = " + user.participantId() + ")";
        var institution = user.institutionId() != null ? " or institution_id = ?" : "";
        return "(recipient = ?" + institution + office + ")";
    }

    private static List<Object> audienceParameters(SignedInUser user) {
        return user.institutionId() != null ? List.of(user.getUsername(), user.institutionId())
                : List.of(user.getUsername());
    }

    /** A notice to an institution's focal points, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toInstitution(long institutionId, String messageKey, List<String> arguments, String link,
            String dedupKey) {
        insert(null, institutionId, messageKey, arguments, link, dedupKey, null);
    }

    /**
     * A notice to an institution's focal points of what happened {@code at} (null: now), in a transaction of its own;
     * the notice carries the time of the event, not of its writing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toInstitution(long institutionId, String messageKey, List<String> arguments, String link,
            String dedupKey, LocalDateTime at) {
        insert(null, institutionId, messageKey, arguments, link, dedupKey, at);
    }

    /** A notice to the coordinator's office, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toOffice(String messageKey, List<String> arguments, String link, String dedupKey) {
        insert(null, null, messageKey, arguments, link, dedupKey, null);
    }

    /**
     * A notice to the office of the given participant (issue 19) of what happened {@code at} (null: now), in a
     * transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toOffice(long participantId, String messageKey, List<String> arguments, String link, String dedupKey,
            LocalDateTime at) {
        insert(null, null, participantId, messageKey, arguments, link, dedupKey, at);
    }

    /** A notice to the coordinator's office of what happened {@code at} (null: now), in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toOffice(String messageKey, List<String> arguments, String link, String dedupKey, LocalDateTime at) {
        insert(null, null, messageKey, arguments, link, dedupKey, at);
    }

    /**
     * A notice to one account (by its sign-in name) of what happened {@code at} (null: now), in a transaction of its
     * own; written once per {@code dedupKey}. Only that account sees it, whatever its roles.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void toAccount(String username, String messageKey, List<String> arguments, String link, String dedupKey,
            LocalDateTime at) {
        insert(java.util.Objects.requireNonNull(username), null, messageKey, arguments, link, dedupKey, at);
    }

    /** True when a notice with this key exists, so a reminder is created (and mailed) only once. */
    @Transactional(readOnly = true)
    boolean exists(String dedupKey) {
        return jdbc.sql("select count(*) from notice where dedup_key = ?").param(dedupKey).query(Long.class).single() > 0;
    }

    private void insert(String recipient, Long institutionId, String messageKey, List<String> arguments, String link,
            String dedupKey, LocalDateTime at) {
        insert(recipient, institutionId, participants.forNewRecord(), messageKey, arguments, link, dedupKey, at);
    }

    /**
     * The notice belongs to the participant of its readers (issue 19): the institution's, or for the office's the one
     * given. A notice to one account belongs to none: only that account ever reads it, whatever its participant.
     */
    private void insert(String recipient, Long institutionId, long officeParticipant, String messageKey,
            List<String> arguments, String link, String dedupKey, LocalDateTime at) {
        var participant = recipient != null ? null
                : institutionId != null ? institutions.participantOf(institutionId).orElse(null)
                : Long.valueOf(officeParticipant);
        try {
            jdbc.sql("""
                            insert into notice (recipient, institution_id, message_key, arguments, link, dedup_key, created_at,
                                                participant_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(recipient, institutionId, messageKey, json.writeValueAsString(arguments), link, dedupKey,
                            Timestamp.valueOf(at != null ? at : LocalDateTime.now(clock)), participant)
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // the same reminder from a second run of the job: one is enough
        }
    }

    private Object[] arguments(String stored) {
        return stored == null ? new Object[0] : json.readValue(stored, STRINGS).toArray();
    }

    static String[] strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }
}
