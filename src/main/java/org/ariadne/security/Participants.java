package org.ariadne.security;

import java.util.List;
import java.util.Locale;

import org.ariadne.common.text.SerbianScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of the installation (issue 19), for the pages that work across them (the regional comparison):
 * each with its code and its name in the reader's language. A person of a participant reads only its own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class Participants {

    private final JdbcClient jdbc;
    private final org.ariadne.common.participant.ParticipantScope scope;

    Participants(JdbcClient jdbc, org.ariadne.common.participant.ParticipantScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The participants the reader may see, by code; the demo's and the test's included. */
    public List<Participant> list() {
        return jdbc.sql("select id, code, name, name_sq, name_sr, name_mk from participant order by code")
                .query((row, n) -> new Participant(row.getLong("id"), row.getString("code"), row.getString("name"),
                        row.getString("name_sq"), row.getString("name_sr"), row.getString("name_mk")))
                .list().stream().filter(p -> scope.sees(p.id())).toList();
    }

    /** A participant: its code ("AL", "MK") and its names. */
    public record Participant(long id, String code, String name, String nameSq, String nameSr, String nameMk) {

        /** Its name in the reader's language where one is kept (Serbian in the reader's script), else its name. */
        public String nameIn(Locale locale) {
            var translated = locale == null ? null : switch (locale.getLanguage()) {
                case "sq" -> nameSq;
                case "sr" -> nameSr;
                case "mk" -> nameMk;
                default -> null;
            };
            if (translated == null || translated.isBlank()) {
                return name;
            }
            if ("sr".equals(locale.getLanguage())) {
                boolean cyrillicReader = SerbianScript.isSerbianCyrillic(locale);
                boolean cyrillicName = SerbianScript.isCyrillic(translated);
                if (cyrillicReader && !cyrillicName) {
                    return SerbianScript.toCyrillic(translated);
                }
                if (!cyrillicReader && cyrillicName) {
                    return SerbianScript.toLatin(translated);
                }
            }
            return translated;
        }
    }
}
