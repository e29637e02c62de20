package org.ariadne.common.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every GET route of the application, taken from the route table, receives a value it cannot read in each of its
 * typed parameters (path variables, request parameters, fields of a bound query record) and goes without each
 * required parameter, as the office roles. A typing slip in an address is the user's mistake: it must be answered
 * with a page (400 naming the parameter, or the usual 403/404), never with the server error page.
 */
@SpringBootTest(properties = {"ariadne.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:ariadne-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class MalformedParametersIntegrationTest {

    /** Which table a numeric path variable points into, by the path segment before it or by its own name. */
    private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("activities", "activity"),
            Map.entry("users", "user_account"), Map.entry("documents", "generated_document"),
            Map.entry("indicators", "indicator"), Map.entry("institutions", "institution"),
            Map.entry("plans", "action_plan"), Map.entry("evidence", "report_evidence"),
            Map.entry("specific-objectives", "specific_objective"),
            Map.entry("strategic-objectives", "strategic_objective"), Map.entry("reports", "progress_report"),
            Map.entry("corrective-actions", "corrective_action"), Map.entry("periodId", "reporting_period"),
            Map.entry("documentId", "generated_document"), Map.entry("publicationId", "publication"),
            Map.entry("institutionId", "institution"), Map.entry("planId", "action_plan"),
            Map.entry("indicatorId", "indicator"), Map.entry("notices", "notice"),
            Map.entry("publications", "publication"));

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void aMalformedDashboardFilterIsIgnoredForTheOfficeAsForEveryone() throws Exception {
        var plan = "/plans/" + existing("/plans/{planId}", "planId");
        for (var filter : List.of("year=abc", "submitted=maybe", "institution=abc", "area=NONE")) {
            var response = mvc.perform(get(plan + "/dashboard?" + filter).with(TestSignIn.as(Role.ME_OFFICER)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(filter).isEqualTo(200);
            assertThat(response.getContentAsString()).as(filter).contains("id=\"filters\"");
        }
    }

    @Test
    void anUnreadablePathVariableIsA400NamingItInTheUsersLanguage() throws Exception {
        var english = mvc.perform(get("/plans/abc/dashboard").with(TestSignIn.as(Role.ME_OFFICER))).andReturn()
                .getResponse();
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString()).contains("This address cannot be read").contains("planId")
                .contains("abc");

        var albanian = mvc.perform(get("/plans/abc/dashboard?lang=sq").with(TestSignIn.as(Role.COORDINATOR)))
                .andReturn().getResponse();
        assertThat(albanian.getStatus()).isEqualTo(400);
        assertThat(albanian.getContentAsString()).contains("Kjo adresë nuk mund të lexohet").contains("planId");
    }

    @Test
    void noGetRouteAnswersAMalformedOrMissingParameterWithAServerError() throws Exception {
        var failures = new ArrayList<String>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : routes.getHandlerMethods().entrySet()) {
            var info = route.getKey();
            var handler = route.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.ariadne") || !answersGet(info)) {
                continue;
            }
            for (var pattern : info.getPatternValues()) {
                for (var attempt : attempts(pattern, info, handler)) {
                    for (var user : officeRoles()) {
                        requests++;
                        try {
                            var response = mvc.perform(get(attempt).with(user)).andReturn().getResponse();
                            if (response.getStatus() >= 500) {
                                failures.add(response.getStatus() + " " + attempt + " (" + handler + ")");
                            }
                        } catch (Exception thrown) {
                            // MockMvc rethrows what no handler answered; a real server shows the 500 page
                            failures.add("500 " + attempt + " (" + handler + "): " + thrown.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(100);
        assertThat(failures).as("routes answering a malformed parameter with a server error").isEmpty();
    }

    private static List<RequestPostProcessor> officeRoles() {
        return List.of(TestSignIn.as(Role.ME_OFFICER, Role.COORDINATOR, Role.ADMINISTRATOR));
    }

    private static boolean answersGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    /** One address per parameter, with that parameter broken or missing and the others well-formed. */
    private List<String> attempts(String pattern, RequestMappingInfo info, HandlerMethod handler) {
        var fixed = new ArrayList<String[]>();
        info.getParamsCondition().getExpressions().forEach(expression -> {
            if (!expression.isNegated()) {
                fixed.add(new String[] {expression.getName(), expression.getValue() != null ? expression.getValue() : "csv"});
            }
        });
        var typed = new ArrayList<Typed>();
        var requiredParameters = new ArrayList<String>();
        for (var parameter : handler.getMethodParameters()) {
            var path = parameter.getParameterAnnotation(PathVariable.class);
            var request = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                var name = name(path.value(), path.name(), parameter);
                typed.add(new Typed(name, parameter.getParameterType(), true, existing(pattern, name)));
            } else if (request != null) {
                var name = name(request.value(), request.name(), parameter);
                typed.add(new Typed(name, parameter.getParameterType(), false, null));
                if (request.required() && request.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                        && !isFile(parameter.getParameterType())) {
                    requiredParameters.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (!BeanUtils.isSimpleProperty(parameter.getParameterType()) && isOurs(parameter.getParameterType()))) {
                typed.addAll(fieldsOf(parameter.getParameterType()));
            }
        }
        var attempts = new ArrayList<String>();
        for (var broken : typed) {
            if (malformed(broken.type()) != null) {
                attempts.add(address(pattern, typed, broken, fixed, requiredParameters, null));
            }
        }
        for (var missing : requiredParameters) {
            attempts.add(address(pattern, typed, null, fixed, requiredParameters, missing));
        }
        return attempts;
    }

    private static String address(String pattern, List<Typed> typed, Typed broken, List<String[]> fixed,
            List<String> required, String missing) {
        var path = pattern;
        for (var parameter : typed) {
            if (parameter.inPath()) {
                var value = parameter == broken ? malformed(parameter.type()) : parameter.existing();
                path = VARIABLE.matcher(path).replaceFirst(matcher -> matcher.group(1).equals(parameter.name())
                        ? UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8)
                        : matcher.group(0));
            }
        }
        path = VARIABLE.matcher(path).replaceAll("1");
        var query = new StringBuilder();
        fixed.forEach(pair -> append(query, pair[0], pair[1]));
        for (var parameter : typed) {
            if (parameter.inPath() || parameter.name().equals(missing)) {
                continue;
            }
            if (parameter == broken) {
                append(query, parameter.name(), malformed(parameter.type()));
            } else if (required.contains(parameter.name())) {
                append(query, parameter.name(), wellFormed(parameter.type()));
            }
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(UriUtils.encodeQueryParam(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A value the parameter's type cannot read, or null for text, which reads anything. */
    private static String malformed(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "maybe";
        }
        if (Number.class.isAssignableFrom(wrap(type)) || type == BigDecimal.class) {
            return "abc";
        }
        if (type.isEnum()) {
            return "NO_SUCH_VALUE";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "2024-13-45";
        }
        if (type == java.util.UUID.class || Collection.class.isAssignableFrom(type)) {
            return "abc";
        }
        return null;
    }

    private static String wellFormed(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return type == java.time.LocalDate.class ? "2024-01-01" : "2024";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        return "1";
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == boolean.class ? Boolean.class : type == char.class ? Character.class : Number.class;
    }

    private static boolean isFile(Class<?> type) {
        return org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type);
    }

    private static boolean isOurs(Class<?> type) {
        return type.getPackageName().startsWith("org.ariadne");
    }

    private static List<Typed> fieldsOf(Class<?> type) {
        var fields = new ArrayList<Typed>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(new Typed(component.getName(), component.getType(), false, null));
            }
        } else {
            for (var property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getWriteMethod() != null) {
                    fields.add(new Typed(property.getName(), property.getPropertyType(), false, null));
                }
            }
        }
        return fields;
    }

    private static String name(String value, String name, MethodParameter parameter) {
        if (!value.isEmpty()) {
            return value;
        }
        if (!name.isEmpty()) {
            return name;
        }
        return parameter.getParameterName();
    }

    /** A value for a path variable that names a real record (of the demo), so that the route gets past its lookup. */
    private String existing(String pattern, String variable) {
        var segments = pattern.split("/");
        String table = TABLES.get(variable);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{" + variable)) {
                table = TABLES.getOrDefault(segments[i - 1], table);
            }
        }
        if (table == null) {
            return variable.equals("format") ? "csv" : "1";
        }
        var id = jdbc.sql("select min(id) from " + table).query(Long.class).optional().orElse(1L);
        return Long.toString(id);
    }

    /** A parameter as the route declares it; {@code existing} is a value that reads well for path variables. */
    private record Typed(String name, Class<?> type, boolean inPath, String existing) {
    }
}
