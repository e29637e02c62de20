package org.ariadne.regional.web;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.regional.MappingCommand;
import org.ariadne.regional.RegionalMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's M&amp;E officer maps its own national indicators onto the regional set, one row at a time. */
@Controller
@PreAuthorize(RegionalMapping.MAPPERS)
class RegionalMappingController {

    private final RegionalMapping mapping;
    private final FormSubmissions forms;

    RegionalMappingController(RegionalMapping mapping, FormSubmissions forms) {
        this.mapping = mapping;
        this.forms = forms;
    }

    @GetMapping("/regional/mapping")
    String page(Model model) {
        model.addAttribute("rows", mapping.rows());
        model.addAttribute("choices", mapping.choices());
        return "regional/mapping";
    }

    @PostMapping("/regional/mapping")
    String map(@Valid @ModelAttribute("form") MappingCommand form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Flash.problem(redirect, "regional.mapping.choose");
            return "redirect:/regional/mapping";
        }
        if (forms.perform(redirect, () -> mapping.map(form))) {
            Flash.notice(redirect, "regional.mapping.saved");
        }
        return "redirect:/regional/mapping#mapping-" + form.regionalIndicatorId();
    }
}
