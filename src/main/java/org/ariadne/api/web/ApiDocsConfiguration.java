package org.ariadne.api.web;


import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI description of {@code /api/v1}: personal access tokens as the bearer scheme, and on every operation the
 * problem answers it can give (each an RFC 9457 problem detail), so that a client, and the contract test, know every
 * status to expect.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String TOKEN = "personalAccessToken";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI ariadneApi() {
        var error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("where in the request, e.g. values[0].total"))
                .addProperty("code", new StringSchema().description("code of the plan element, e.g. A1.1.1"))
                .addProperty("indicatorId", new IntegerSchema().format("int64"))
                .addProperty("label", new StringSchema())
                .addProperty("detail", new StringSchema());
        error.setRequired(java.util.List.of("detail"));
        var problem = new ObjectSchema().description("RFC 9457 problem detail, in the caller's language")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(error));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return new OpenAPI()
                .info(new Info().title("Ariadne API").version("v1").description("""
                        Read the action plans, their elements, indicators, progress, accepted values, completeness and \
                        published statistics; submit an institution's progress report. Authenticate with a personal \
                        access token (your account page, "API tokens"): `Authorization: Bearer ari_…`. Errors are \
                        RFC 9457 problem details in the language of `Accept-Language` (en, sq)."""))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("a personal access token, ari_…"))
                        .addSchemas(PROBLEM, problem))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /** Every operation can answer 401, 403 and 429; one with an id in its path 404; a write 400, 409 and 422. */
    @Bean
    OperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            var responses = operation.getResponses();
            responses.addApiResponse("401", problem("no valid token (none, unknown, expired or revoked)"));
            responses.addApiResponse("403", problem("the token's owner may not read or change this, or the token may"
                    + " only read"));
            responses.addApiResponse("429", problem("too many calls with this token; see Retry-After"));
            if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                responses.addApiResponse("400", problem("a parameter cannot be read"));
            }
            if (handler.getMethod().getParameterCount() > 0 && hasPathVariable(handler)) {
                responses.addApiResponse("404", problem("no such plan, report, indicator or publication"));
            }
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                responses.addApiResponse("400", problem("the request body cannot be read"));
                responses.addApiResponse("409", problem("someone saved this since the version sent"));
                responses.addApiResponse("422", problem("refused by the reporting rules; each invalid value is listed"
                        + " in errors"));
            }
            return operation;
        };
    }

    private static boolean hasPathVariable(org.springframework.web.method.HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
                return true;
            }
        }
        return false;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

}
