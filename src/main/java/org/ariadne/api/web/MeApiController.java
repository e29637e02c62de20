package org.ariadne.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ariadne.institutions.Institutions;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token speaks for: a system learns its institution (whose reports it sends) and what its token may do. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = "application/json")
@Tag(name = "Token", description = "The token's owner and scope")
class MeApiController {

    private final Institutions institutions;

    MeApiController(Institutions institutions) {
        this.institutions = institutions;
    }

    @Schema(description = "The token's owner, their institution and roles, and the token's scope")
    record Me(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName, Long institutionId,
            String institution, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> roles,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"READ", "READ_WRITE"}) String scope) {
    }

    @GetMapping
    @Operation(summary = "The token's owner, their institution and roles, and what the token may do")
    Me me() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        var user = (org.ariadne.security.SignedInUser) caller.getPrincipal();
        // a personal token has a scope; the identity provider's token may write only with the write scope
        var scope = caller instanceof TokenAuthentication token ? token.token().scope().name()
                : ((OidcBearerAuthentication) caller).mayWrite() ? "READ_WRITE" : "READ";
        return new Me(user.getUsername(), user.fullName(), user.institutionId(),
                user.institutionId() == null ? null : institutions.directory().nameOf(user.institutionId()),
                user.roles().stream().map(Enum::name).sorted().toList(), scope);
    }
}
