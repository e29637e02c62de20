package org.ariadne.institutions.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.institutions.TerritorialUnitCommand;
import org.ariadne.institutions.TerritorialUnitKind;
import org.ariadne.institutions.TerritorialUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Regions and municipalities, kept by the administrator, and the unit each local institution serves. */
@Controller
@RequestMapping("/territorial-units")
class TerritorialUnitController {

    private static final String FORM = "territories/form";

    private final TerritorialUnits units;
    private final Institutions institutions;
    private final FormSubmissions forms;

    TerritorialUnitController(TerritorialUnits units, Institutions institutions, FormSubmissions forms) {
        this.units = units;
        this.institutions = institutions;
        this.forms = forms;
    }

    @ModelAttribute("kinds")
    TerritorialUnitKind[] kinds() {
        return TerritorialUnitKind.values();
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        var all = units.list();
        var members = new java.util.HashMap<Long, java.util.List<String>>();
        var directory = institutions.list();
        for (var unit : all) {
            var ids = units.institutionsOf(unit.id());
            members.put(unit.id(), directory.stream().filter(i -> ids.contains(i.id())).map(i -> i.displayName()).toList());
        }
        model.addAttribute("units", all);
        model.addAttribute("members", members);
        model.addAttribute("institutions", directory);
        return "territories/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String newForm(Model model) {
        model.addAttribute("form", TerritorialUnitCommand.empty());
        model.addAttribute("regions", regions(null));
        return FORM;
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String create(@Valid @ModelAttribute("form") TerritorialUnitCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        model.addAttribute("regions", regions(null));
        return forms.submission(TerritorialUnitCommand.class, errors, model, locale)
                .save(() -> units.create(form), () -> saved(redirect, form), failure -> form(model, failure));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String editForm(@PathVariable long id, Model model) {
        var unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("version", unit.version());
        model.addAttribute("regions", regions(id));
        model.addAttribute("form", new TerritorialUnitCommand(unit.name(), unit.kind(), unit.parentId(), unit.nameSq(),
                unit.nameSr(), unit.nameMk()));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") TerritorialUnitCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("version", version);
        model.addAttribute("regions", regions(id));
        return forms.submission(TerritorialUnitCommand.class, errors, model, locale).version(version)
                .save(() -> units.update(id, version, form), () -> saved(redirect, form), failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, failure);
                });
    }

    /** The institution serves the chosen unit (none: a national institution). */
    @PostMapping("/institutions")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    String assign(@RequestParam long institutionId, @RequestParam(required = false) Long unitId,
            RedirectAttributes redirect) {
        units.assignInstitution(institutionId, unitId);
        Flash.notice(redirect, "territory.institution.saved", institutions.get(institutionId).displayName());
        return "redirect:/territorial-units";
    }

    private java.util.List<org.ariadne.institutions.TerritorialUnitView> regions(Long self) {
        return units.list().stream().filter(unit -> unit.kind() == TerritorialUnitKind.REGION)
                .filter(unit -> self == null || unit.id() != self).toList();
    }

    private static String form(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return FORM;
    }

    private static String saved(RedirectAttributes redirect, TerritorialUnitCommand form) {
        Flash.notice(redirect, "territory.saved", form.name());
        return "redirect:/territorial-units";
    }
}
