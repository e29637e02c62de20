package org.ariadne.security.web;

import java.util.EnumSet;
import java.util.Set;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.OidcMapping;
import org.ariadne.security.OidcMappings;
import org.ariadne.security.OidcProperties;
import org.ariadne.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's list of who may sign in through the identity provider (single sign-on): a subject, e-mail
 * address or group, and the roles and institution it gives.
 */
@Controller
@RequestMapping("/admin/users/sign-in-mappings")
class SignInMappingController {

    private final OidcMappings mappings;
    private final Institutions institutions;
    private final OidcProperties oidc;
    private final ParticipantScope scope;

    SignInMappingController(OidcMappings mappings, Institutions institutions, OidcProperties oidc,
            ParticipantScope scope) {
        this.scope = scope;
        this.mappings = mappings;
        this.institutions = institutions;
        this.oidc = oidc;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String list(Model model) {
        model.addAttribute("mappings", mappings.list());
        model.addAttribute("directory", institutions.directory());
        // a participant's administrator picks among its own participant's institutions only (issue 19)
        var owners = institutions.participantByInstitution();
        var own = scope.narrowedTo();
        model.addAttribute("pickable", institutions.directory().all().stream()
                .filter(institution -> institution.active())
                .filter(institution -> own.isEmpty() || own.get().equals(owners.get(institution.id()))).toList());
        model.addAttribute("kinds", OidcMapping.Kind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("oidc", oidc);
        return "security/sign-in-mappings";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String add(@RequestParam(required = false) OidcMapping.Kind kind, @RequestParam(required = false) String value,
            @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) Long institutionId,
            Model model, RedirectAttributes redirect) {
        try {
            mappings.add(new OidcMappings.Command(kind, value,
                    roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), institutionId));
        } catch (UserFacingException refused) {
            // the page again with what was entered, and every reason beside the form
            model.addAttribute("refusals", refused.each());
            model.addAttribute("entered", new Entered(kind, value, roles == null ? Set.of() : roles, institutionId));
            return list(model);
        }
        Flash.notice(redirect, "oidc.mapping.saved", value.strip());
        return "redirect:/admin/users/sign-in-mappings";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        mappings.delete(id);
        Flash.notice(redirect, "oidc.mapping.deleted");
        return "redirect:/admin/users/sign-in-mappings";
    }

    /** What the administrator typed, shown again with the reasons it was refused. */
    record Entered(OidcMapping.Kind kind, String value, Set<Role> roles, Long institutionId) {
    }
}
