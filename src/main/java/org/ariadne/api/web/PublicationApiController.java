package org.ariadne.api.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ariadne.api.web.ApiModels.AchievementItem;
import org.ariadne.api.web.ApiModels.PublishedFigures;
import org.ariadne.api.web.ApiModels.PublishedPlan;
import org.ariadne.api.web.ApiModels.PublishedTable;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.publication.Portal;
import org.ariadne.publication.PortalPage;
import org.ariadne.publication.PublicAchievement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the public portal shows: only what the coordinator published, from the snapshots kept when it was published. */
@RestController
@RequestMapping(path = "/api/v1/published", produces = "application/json")
@Tag(name = "Published statistics", description = "What the public portal publishes: plans and each year's figures")
class PublicationApiController {

    private final Portal portal;
    private final LanguageProperties languages;

    PublicationApiController(Portal portal, LanguageProperties languages) {
        this.portal = portal;
        this.languages = languages;
    }

    @GetMapping("/plans")
    @Operation(summary = "The plans with something on the public portal")
    List<PublishedPlan> plans(Locale locale) {
        return portal.plans(locale).stream().map(PublicationApiController::plan).toList();
    }

    @GetMapping("/plans/{planId}/figures")
    @Operation(summary = "A year's published figures of a plan (small counts suppressed as on the portal)")
    PublishedFigures figures(@PathVariable long planId,
            @Parameter(description = "a published year; left out, the latest") @RequestParam(required = false) Integer year,
            Locale locale) {
        var published = portal.page(planId).figures(year)
                .filter(f -> year == null || f.snapshot().year() == year)
                .orElseThrow(() -> NotFoundException.of("published figures", planId + "/" + year));
        var figures = published.snapshot();
        var worded = figures.in(locale, languages.defaultLocale());
        return new PublishedFigures(planId, figures.year(), published.publishedAt(), achievement(figures.overall()),
                figures.activities(), figures.measured(), figures.notMeasurable(), figures.noData(), figures.completed(),
                figures.measuredIndicators(), figures.indicatorsBehind(), worded.tables().stream()
                        .map(t -> new PublishedTable(t.name(), t.title(), t.header(), t.rows())).toList());
    }

    private static PublishedPlan plan(PortalPage page) {
        return new PublishedPlan(page.planId(), page.title(), page.startYear(), page.endYear(), page.plan() != null,
                page.figureYears(), page.lastPublished());
    }

    private static AchievementItem achievement(PublicAchievement achievement) {
        return new AchievementItem(achievement.kind().name(), achievement.percent(),
                achievement.isMeasured() && achievement.light() != null ? achievement.light().name() : null);
    }
}
