package org.ariadne.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API keeps the contract it publishes: for every path and method of {@code /v3/api-docs}, the application answers
 * with a status the description lists for that operation, and the body validates against the schema the description
 * gives for it (JSON Schema 2020-12, networknt). Each operation is called as a police case system would (a focal
 * point's read and write token, the reads first, then the save and the submission), without a token, and for ids
 * that do not exist.
 */
@AriadneIntegrationTest
class ApiContractIntegrationTest {

    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;

    ApiFixture fixture;
    JsonNode description;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ApiFixture(editing, institutions, schedules, accounts, tokens);
        var answer = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(answer.getStatus()).as("the description is served to anyone").isEqualTo(200);
        description = json.readTree(answer.getContentAsString());
    }

    private record Operation(String path, String method, JsonNode spec) {
    }

    private List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (var path : description.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }
        operations.sort(Comparator.comparing((Operation o) -> METHOD_ORDER.indexOf(o.method()))
                .thenComparing(Operation::path));
        return operations;
    }

    @Test
    void theDescriptionCoversTheApiAndOnlyTheApi() {
        var paths = new ArrayList<String>();
        description.get("paths").properties().forEach(path -> paths.add(path.getKey()));

        assertThat(paths).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(paths).contains("/api/v1/plans", "/api/v1/plans/{planId}", "/api/v1/plans/{planId}/indicators",
                "/api/v1/plans/{planId}/progress", "/api/v1/plans/{planId}/completeness",
                "/api/v1/indicators/{indicatorId}/values", "/api/v1/reports/{periodId}/institutions/{institutionId}",
                "/api/v1/reports/{periodId}/institutions/{institutionId}/submit", "/api/v1/published/plans",
                "/api/v1/published/plans/{planId}/figures");
        assertThat(description.at("/components/securitySchemes").properties()).isNotEmpty();
    }

    @Test
    void everyOperationAnswersADocumentedStatusWithADocumentedBody() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);
        var ids = Map.of("planId", fixture.plan.planId, "periodId", fixture.period.id(), "institutionId",
                fixture.plan.police, "indicatorId", fixture.plan.victimsIdentified);
        var checked = new ArrayList<String>();
        for (var operation : operations()) {
            var uri = operation.path();
            for (var id : ids.entrySet()) {
                uri = uri.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
            }
            var answer = call(operation, uri, token);
            check(operation, answer);
            checked.add(operation.method() + " " + operation.path() + " " + answer.getStatus());
        }
        // the police system's calls succeed: the save and the submission too
        assertThat(checked).contains("put /api/v1/reports/{periodId}/institutions/{institutionId} 200",
                "post /api/v1/reports/{periodId}/institutions/{institutionId}/submit 200",
                "get /api/v1/plans/{planId} 200", "get /api/v1/plans/{planId}/progress 200");
    }

    @Test
    void everyOperationAnswersWithoutATokenAndForUnknownIdsAsDocumented() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);
        for (var operation : operations()) {
            var uri = operation.path().replaceAll("\\{[^}]+}", "987654321");
            check(operation, call(operation, uri, null));
            var unknown = call(operation, uri, token);
            check(operation, unknown);
            if (operation.path().contains("{")) {
                assertThat(unknown.getStatus()).as(operation.method() + " " + uri).isIn(403, 404);
            }
        }
    }

    @Test
    void theSchemaCheckCatchesABodyThatBreaksTheContract() {
        var schema = json.createObjectNode().put("$ref", "#/components/schemas/PlanDetail");

        var errors = validator(schema).validate(json.readTree("{\"id\": \"one\", \"startYear\": 2020}"));

        assertThat(errors).extracting(com.networknt.schema.Error::getMessage)
                .contains("required property 'title' not found", "string found, integer expected");
    }

    private MockHttpServletResponse call(Operation operation, String uri, String token) throws Exception {
        var request = request(HttpMethod.valueOf(operation.method().toUpperCase(java.util.Locale.ROOT)), uri)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.spec().has("requestBody")) {
            request.contentType(MediaType.APPLICATION_JSON).content(body(operation));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** What the police system sends: its activities' statuses and a value, then the submission (no body needed). */
    private String body(Operation operation) {
        if (operation.path().endsWith("/submit")) {
            return "{}";
        }
        return """
                {"activities": [{"activityCode": "A1.1.1", "status": "STARTED"},
                                {"activityCode": "A1.1.2", "status": "COMPLETED"}],
                 "values": [{"indicatorId": %d, "total": 1}]}
                """.formatted(fixture.plan.operationsHeld);
    }

    private void check(Operation operation, MockHttpServletResponse answer) throws Exception {
        var what = operation.method() + " " + operation.path() + " answered " + answer.getStatus() + ": "
                + answer.getContentAsString();
        var documented = operation.spec().get("responses").get(String.valueOf(answer.getStatus()));
        assertThat(documented).as(what + " is not a documented status").isNotNull();
        var content = documented.get("content");
        if (content == null || answer.getContentAsString().isEmpty()) {
            assertThat(answer.getContentAsString()).as(what).isEmpty();
            return;
        }
        var type = MediaType.parseMediaType(answer.getContentType());
        JsonNode schema = null;
        for (var offered : content.properties()) {
            if (MediaType.parseMediaType(offered.getKey()).includes(type)
                    || type.isCompatibleWith(MediaType.parseMediaType(offered.getKey()))) {
                schema = offered.getValue().get("schema");
            }
        }
        assertThat(schema).as(what + ": content type " + type + " is not documented").isNotNull();
        var errors = validator(schema).validate(json.readTree(answer.getContentAsString()));
        assertThat(errors).as(what).isEmpty();
    }

    /** The operation's schema, with the description's components beside it so that its references resolve. */
    private com.networknt.schema.Schema validator(JsonNode schema) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", description.get("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }
}
