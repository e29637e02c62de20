package org.ariadne.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.Institutions;
import org.ariadne.training.Participation;
import org.ariadne.training.Trainers;
import org.ariadne.training.TrainingAccess;
import org.ariadne.training.TrainingIndicators;
import org.ariadne.training.TrainingNeeds;
import org.ariadne.training.Trainings;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tables of capacity building as CSV and Excel, each for those who read the page: the year's figures (everyone
 * signed in), the needs and the plan (the office, a focal point their own needs), the pool, the computed indicators.
 * No download carries a participant's name but the office's list ({@link ParticipantListController}).
 */
@Controller
class TrainingDownloadsController {

    private final Trainings trainings;
    private final TrainingNeeds needs;
    private final Trainers trainers;
    private final TrainingIndicators indicators;
    private final Institutions institutions;
    private final MessageSource messages;
    private final Clock clock;

    TrainingDownloadsController(Trainings trainings, TrainingNeeds needs, Trainers trainers,
            TrainingIndicators indicators, Institutions institutions, MessageSource messages, Clock clock) {
        this.trainings = trainings;
        this.needs = needs;
        this.trainers = trainers;
        this.indicators = indicators;
        this.institutions = institutions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/trainings/figures.{format:csv|xlsx}")
    @PreAuthorize(TrainingAccess.AGGREGATES)
    ResponseEntity<byte[]> figures(@PathVariable String format, @RequestParam(required = false) String year,
            Locale locale) {
        int shown = year(year);
        var aggregates = trainings.aggregates(shown);
        var directory = institutions.directory();
        var rows = new ArrayList<List<?>>();
        for (var entry : aggregates.all().institutions()) {
            rows.add(List.of(text("training.column.institution", locale), directory.nameOf(entry.getKey()),
                    entry.getValue().women(), entry.getValue().men(), entry.getValue().total()));
        }
        aggregates.byTargetGroup().forEach((group, participation) -> rows.add(List.of(
                text("training.field.targetGroup", locale), text(group.messageKey(), locale), participation.women(),
                participation.men(), participation.total())));
        rows.add(List.of(text("training.column.total", locale), "", aggregates.all().women(), aggregates.all().men(),
                aggregates.all().total()));
        return FileDownload.table(format, "professionals-trained-" + shown, text("training.trainings.title", locale),
                List.of("", "", text("training.column.women", locale), text("training.column.men", locale),
                        text("training.column.total", locale)), rows);
    }

    @GetMapping("/trainings/needs.{format:csv|xlsx}")
    @PreAuthorize(TrainingAccess.READERS)
    ResponseEntity<byte[]> needs(@PathVariable String format, @RequestParam(required = false) String year,
            Locale locale) {
        int shown = year(year);
        var rows = new ArrayList<List<?>>();
        for (var need : needs.needs(shown)) {
            rows.add(Arrays.asList(need.institutionName(), text(need.targetGroup().messageKey(), locale),
                    text(need.topic().messageKey(), locale), text(need.priority().messageKey(), locale),
                    need.staffToTrain(), need.coverage().places(),
                    text(need.coverage().level().messageKey(), locale), need.note() == null ? "" : need.note()));
        }
        return FileDownload.table(format, "training-needs-" + shown, text("training.needs.title", locale),
                List.of(text("training.column.institution", locale), text("training.field.targetGroup", locale),
                        text("training.field.topic", locale), text("training.field.priority", locale),
                        text("training.field.staffToTrain", locale), text("training.column.places", locale),
                        text("training.column.coverage", locale), text("training.field.note", locale)), rows);
    }

    @GetMapping("/trainings/plan.{format:csv|xlsx}")
    @PreAuthorize(TrainingAccess.READERS)
    ResponseEntity<byte[]> plan(@PathVariable String format, @RequestParam(required = false) String year,
            Locale locale) {
        int shown = year(year);
        var rows = new ArrayList<List<?>>();
        for (var planned : needs.plan(shown)) {
            rows.add(List.of(planned.year(), "Q" + planned.quarter(), planned.module(),
                    text(planned.topic().messageKey(), locale), text(planned.targetGroup().messageKey(), locale),
                    String.join(", ", planned.institutionNames()), planned.places(), planned.placesGiven()));
        }
        return FileDownload.table(format, "training-plan-" + shown, text("training.plan.title", locale),
                List.of(text("training.field.year", locale), text("training.field.quarter", locale),
                        text("training.field.module", locale), text("training.field.topic", locale),
                        text("training.field.targetGroup", locale), text("training.field.institutionIds", locale),
                        text("training.field.places", locale), text("training.column.places-given", locale)), rows);
    }

    @GetMapping("/trainers.{format:csv|xlsx}")
    @PreAuthorize(TrainingAccess.READERS)
    ResponseEntity<byte[]> trainers(@PathVariable String format, Locale locale) {
        var formats = Formats.of(locale);
        var rows = new ArrayList<List<?>>();
        for (var trainer : trainers.list()) {
            if (trainer.certifications().isEmpty()) {
                rows.add(Arrays.asList(trainer.name(), nullToEmpty(trainer.institutionName()), "", "", "", "", ""));
            }
            for (var c : trainer.certifications()) {
                rows.add(Arrays.asList(trainer.name(), nullToEmpty(trainer.institutionName()),
                        text(c.topic().messageKey(), locale), c.certifyingBody(), formats.date(c.issuedOn()),
                        c.expiresOn() == null ? "" : formats.date(c.expiresOn()), text(c.status().messageKey(), locale)));
            }
        }
        return FileDownload.table(format, "trainers-" + LocalDate.now(clock), text("training.trainers.title", locale),
                List.of(text("training.field.name", locale), text("training.column.institution", locale),
                        text("training.field.topic", locale), text("training.certification.body", locale),
                        text("training.certification.issuedOn", locale), text("training.certification.expiresOn", locale),
                        ""), rows);
    }

    @GetMapping("/trainings/indicators.{format:csv|xlsx}")
    @PreAuthorize(TrainingAccess.OFFICE)
    ResponseEntity<byte[]> indicators(@PathVariable String format, @RequestParam(required = false) String year,
            Locale locale) {
        int shown = year(year);
        var rows = new ArrayList<List<?>>();
        for (var link : indicators.links(shown)) {
            for (int q = 0; q < link.quarters().size(); q++) {
                Participation p = link.quarters().get(q).participation();
                rows.add(List.of(link.planTitle(), link.indicatorName(), shown + "-Q" + (q + 1), p.trainings(),
                        p.women(), p.men(), p.total()));
            }
        }
        return FileDownload.table(format, "indicators-from-trainings-" + shown,
                text("training.indicators.title", locale),
                List.of("", text("training.field.indicatorId", locale), text("training.field.quarter", locale),
                        text("training.aggregates.trainings", locale), text("training.column.women", locale),
                        text("training.column.men", locale), text("training.column.total", locale)), rows);
    }

    private int year(String text) {
        try {
            int year = text == null || text.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(text.strip());
            return year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        } catch (NumberFormatException unreadable) {
            return LocalDate.now(clock).getYear();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
