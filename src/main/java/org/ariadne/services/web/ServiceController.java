package org.ariadne.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.services.ServiceCommand;
import org.ariadne.services.ServiceException;
import org.ariadne.services.ServiceFilter;
import org.ariadne.services.ServiceType;
import org.ariadne.services.ServiceView;
import org.ariadne.services.Services;
import org.ariadne.services.TargetGroup;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The services directory: the list with its filters (type, region, target group, provider, needing an update) and
 * downloads for everyone signed in; the office's form. Saving an entry brings it up to date.
 */
@Controller
class ServiceController {

    private static final String FORM = "services/form";

    private final Services services;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    ServiceController(Services services, FormSubmissions forms, MessageSource messages, Clock clock) {
        this.services = services;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/services")
    @PreAuthorize(Services.READERS)
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String region,
            @RequestParam(required = false) String target, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String stale, Model model) {
        var filter = filter(type, region, target, provider, stale);
        model.addAttribute("services", services.list(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("types", ServiceType.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("regions", services.regions());
        model.addAttribute("providers", services.providerChoices());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("suffix", suffix(filter));
        return "services/list";
    }

    @GetMapping("/services.{format:csv|xlsx}")
    @PreAuthorize(Services.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String type,
            @RequestParam(required = false) String region, @RequestParam(required = false) String target,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String stale,
            Locale locale) {
        var formats = Formats.of(locale);
        var today = LocalDate.now(clock);
        var header = List.of(text("services.field.name", locale), text("services.field.type", locale),
                text("services.field.providerId", locale), text("services.field.region", locale),
                text("services.field.municipality", locale), text("services.field.capacity", locale),
                text("services.field.targetGroups", locale), text("services.field.contacts", locale),
                text("services.field.openingHours", locale), text("services.column.last-updated", locale),
                text("services.column.needs-update", locale));
        var rows = new ArrayList<List<?>>();
        for (var service : services.list(filter(type, region, target, provider, stale))) {
            rows.add(Arrays.asList(service.name(), text(service.type().messageKey(), locale), service.provider(),
                    empty(service.region()), empty(service.municipality()),
                    service.capacity() == null ? "" : service.capacity(), groups(service, locale),
                    empty(service.contacts()), empty(service.openingHours()), formats.date(service.lastUpdatedOn()),
                    service.needsUpdate(today) ? text("common.yes", locale) : ""));
        }
        return FileDownload.table(format, "services-" + today, text("services.title", locale), header, rows);
    }

    @GetMapping("/services/new")
    @PreAuthorize(Services.EDITORS)
    String newForm(Model model) {
        model.addAttribute("form", ServiceCommand.empty());
        return form(model, null, null);
    }

    @PostMapping("/services/new")
    @PreAuthorize(Services.EDITORS)
    String create(@Valid @ModelAttribute("form") ServiceCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(ServiceCommand.class, errors, model, locale).fieldLabels("services.field.")
                .refusalsAt(ServiceController::field)
                .alsoChecking(() -> services.check(form))
                .create(() -> services.create(form), id -> {
                    Flash.notice(redirect, "services.saved");
                    return "redirect:/services#service-" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/services/{id}/edit")
    @PreAuthorize(Services.EDITORS)
    String editForm(@PathVariable long id, Model model) {
        var service = services.get(id);
        model.addAttribute("version", service.version());
        model.addAttribute("form", service.toCommand());
        return form(model, service, null);
    }

    @PostMapping("/services/{id}/edit")
    @PreAuthorize(Services.EDITORS)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") ServiceCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var service = services.get(id);
        model.addAttribute("version", version);
        return forms.submission(ServiceCommand.class, errors, model, locale).version(version)
                .fieldLabels("services.field.").refusalsAt(ServiceController::field)
                .alsoChecking(() -> services.check(form))
                .save(() -> services.update(id, version, form), () -> {
                    Flash.notice(redirect, "services.saved");
                    return "redirect:/services#service-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, service, failure);
                });
    }

    private String form(Model model, ServiceView service, FormFailure failure) {
        model.addAttribute("service", service);
        model.addAttribute("types", ServiceType.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("providers", services.providerChoices().stream()
                .filter(i -> i.active() || (service != null && i.id() == service.providerId())).toList());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private static String field(UserFacingException refused) {
        return refused instanceof ServiceException service ? service.field() : null;
    }

    private static ServiceFilter filter(String type, String region, String target, String provider, String stale) {
        return new ServiceFilter(named(ServiceType.class, type), region == null || region.isBlank() ? null : region.strip(),
                named(TargetGroup.class, target), number(provider), "true".equals(stale));
    }

    private static String suffix(ServiceFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.type() != null) {
            parts.add("type=" + filter.type().name());
        }
        if (filter.region() != null) {
            parts.add("region=" + org.springframework.web.util.UriUtils.encodeQueryParam(filter.region(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.targetGroup() != null) {
            parts.add("target=" + filter.targetGroup().name());
        }
        if (filter.providerId() != null) {
            parts.add("provider=" + filter.providerId());
        }
        if (filter.needsUpdateOnly()) {
            parts.add("stale=true");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private String groups(ServiceView service, Locale locale) {
        return service.targetGroups().stream().map(g -> text(g.messageKey(), locale)).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }
}
