package org.ariadne.reportingcycle;

import java.util.List;

import org.ariadne.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * A reminder to an institution: an in-app notice to its focal points and, when an SMTP server is configured and mail
 * is switched on, an e-mail to each of them; sent once per {@code dedupKey}. The reporting cycle's own reminders go
 * through it, and so may another module's (coordination's follow-up actions), so that every reminder reads and
 * travels alike. {@code messageKey} needs a sibling {@code messageKey + ".subject"} for the e-mail.
 */
@Service
@org.springframework.modulith.NamedInterface("notices")
public class InstitutionReminders {

    private static final Logger log = LoggerFactory.getLogger(InstitutionReminders.class);

    private final Notices notices;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ReminderProperties properties;

    InstitutionReminders(Notices notices, UserAccounts accounts, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, ReminderProperties properties) {
        this.notices = notices;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    /** Reminds the institution unless a reminder with this key went out already; true when it was sent now. */
    public boolean remind(long institutionId, String messageKey, List<String> arguments, String link, String dedupKey) {
        if (notices.exists(dedupKey)) {
            return false;
        }
        notices.toInstitution(institutionId, messageKey, arguments, link, dedupKey);
        mailFocalPoints(institutionId, messageKey, arguments, link);
        return true;
    }

    /**
     * Tells the office of the participant (issue 19) whose record it is about, once per {@code dedupKey} (no e-mail: the
     * office reads its notices daily). The participant is given, not taken from whoever runs the reminders: a
     * scheduled task works across participants, and another participant's office must not read the record's title.
     */
    public boolean tellOffice(long participantId, String messageKey, List<String> arguments, String link,
            String dedupKey) {
        if (notices.exists(dedupKey)) {
            return false;
        }
        notices.toOffice(participantId, messageKey, arguments, link, dedupKey, null);
        return true;
    }

    private void mailFocalPoints(long institutionId, String key, List<String> arguments, String link) {
        var sender = mail.getIfAvailable();
        if (!properties.mailEnabled() || sender == null) {
            return;
        }
        for (var contact : accounts.focalPointContacts(institutionId)) {
            try {
                var message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(contact.email());
                var locale = contact.locale();
                message.setSubject(messages.getMessage(key + ".subject", arguments.toArray(), locale));
                message.setText(messages.getMessage(key, arguments.toArray(), locale) + "\n\n" + properties.publicUrl() + link);
                sender.send(message);
            } catch (RuntimeException unreachable) {
                // the in-app notice is there; a mail server that is down must not stop the other reminders
                log.warn("Could not send a reminder to {}: {}", contact.email(), unreachable.getMessage());
            }
        }
    }
}
