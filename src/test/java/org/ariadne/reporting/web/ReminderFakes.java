package org.ariadne.reporting.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * For tests of deadlines and reminders: a clock the test sets to a day of its choosing (it runs on the system clock
 * until then) and a mail sender that keeps what it is given instead of sending it. Test classes that import this
 * (with the same properties) share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReminderFakes {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }

    @Bean
    @Primary
    Mailbox mailbox() {
        return new Mailbox();
    }

    /** "Now" for the whole application; set it at noon of a day, reset it after the test. */
    public static final class SettableClock extends Clock {

        private final ZoneId zone = ZoneId.systemDefault();
        private final AtomicReference<Instant> fixed = new AtomicReference<>();

        public void set(LocalDate day) {
            fixed.set(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
        }

        public void reset() {
            fixed.set(null);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.fixed(instant(), other);
        }

        @Override
        public Instant instant() {
            var now = fixed.get();
            return now != null ? now : Instant.now();
        }
    }

    /** Keeps every simple message sent; the reminders send nothing else. */
    public static final class Mailbox implements JavaMailSender {

        private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        public List<SimpleMailMessage> sentTo(String address) {
            return sent.stream().filter(message -> message.getTo() != null && List.of(message.getTo()).contains(address))
                    .toList();
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            return new MimeMessage((Session) null);
        }

        @Override
        public MimeMessage createMimeMessage(InputStream content) {
            throw new UnsupportedOperationException("the reminders send simple messages only");
        }

        @Override
        public void send(MimeMessage... messages) {
            throw new UnsupportedOperationException("the reminders send simple messages only");
        }

        @Override
        public void send(MimeMessagePreparator... preparators) {
            throw new UnsupportedOperationException("the reminders send simple messages only");
        }
    }
}
