package org.ariadne;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of how a module is built that {@link ModularityTests} cannot see: Spring Modulith checks which types a module
 * uses; these check what the code does with them. Each rule says why it exists. They read the production classes
 * only (and, for SQL, the production sources), so tests may build data any way they like.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ariadne");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/ariadne");

    /**
     * A module owns the tables its migrations create and is the only one that reads or writes them. Other modules ask
     * its facade. Otherwise a column can no longer be changed without finding every module's SQL that names it, and a
     * module could not later get its own schema or database.
     */
    @Test
    void noModuleReadsAnotherModulesTables() {
        var owners = tableOwners();
        var violations = new TreeSet<String>();
        int references = 0;
        for (var source : sources()) {
            var module = SOURCES.relativize(source).getName(0).toString();
            for (var table : SqlText.tablesNamedIn(read(source))) {
                var owner = owners.get(table);
                if (owner == null) {
                    continue;
                }
                references++;
                if (!owner.equals(module)) {
                    violations.add("%s (module %s) names table %s of module %s".formatted(SOURCES.relativize(source),
                            module, table, owner));
                }
            }
        }
        // the scan must find the SQL there is, or this rule would pass by reading nothing
        assertThat(references).as("table references found in the SQL of src/main/java").isGreaterThan(50);
        assertThat(violations).as("SQL naming another module's table").isEmpty();
    }

    /** The same ownership for tables mapped by Spring Data: an entity lives in the module that owns its table. */
    @Test
    void entitiesMapOnlyTheirModulesTables() {
        var owners = tableOwners();
        var entities = MAIN.stream().filter(type -> type.isAnnotatedWith(Table.class)).toList();
        assertThat(entities).as("entities found").isNotEmpty();
        assertThat(entities).allSatisfy(entity -> {
            var table = tableOf(entity);
            assertThat(owners).as("migration creating table %s of %s", table, entity.getName()).containsKey(table);
            assertThat(owners.get(table)).as("module owning table %s of %s", table, entity.getName())
                    .isEqualTo(moduleOf(entity));
        });
    }

    /**
     * A controller turns a request into a call of its module's services and their answer into a page. Reading the
     * database itself would skip the rules, the access checks and the audit trail that live in the services.
     */
    @Test
    void controllersNeverCallRepositories() {
        noClasses().that().areMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("pages go through the module's services, where access, rules and audit are")
                .check(MAIN);
    }

    /**
     * Pages show views (records made for reading), never the stored entities: an entity bound to a page or a form
     * exposes every column (ids, owners, versions) to mass assignment and ties the page to the table layout.
     */
    @Test
    void entitiesNeverReachAPage() {
        noClasses().that().areMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Table.class)
                .because("controllers work with commands and views, never with entities")
                .check(MAIN);
    }

    /**
     * Entities and repositories are the inside of a module. Keeping them package-private makes the compiler enforce
     * that nothing else, not even the module's own web package, writes them around the services.
     */
    @Test
    void entitiesAndRepositoriesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Table.class).should().notBePublic()
                .because("an entity is changed through its module's services only")
                .check(MAIN);
        classes().that().areAssignableTo(Repository.class).and().areInterfaces().should().notBePublic()
                .because("a repository is used by its module's services only")
                .check(MAIN);
    }

    /**
     * Rules, services and records know nothing of HTTP: the same rule then serves a page, a workbook upload, a
     * scheduled job and a unit test, and a test of a rule needs no request. Controllers, configuration (filters,
     * security) and the shared web layer in {@code common} are where web types belong.
     */
    @Test
    void domainTypesAreFreeOfWebTypes() {
        noClasses().that(outsideTheWebLayer())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.ui..", "org.springframework.http..", "jakarta.servlet..")
                .because("domain types and services must work without a request")
                .check(MAIN);
    }

    /**
     * The web package of a module is a leaf: services never call into it. Otherwise a service would depend on how a
     * page is built, and a module could not be used without its pages (by the demo data, the scheduler, a test).
     */
    @Test
    void servicesNeverDependOnPages() {
        noClasses().that().resideOutsideOfPackages("..web..")
                .and().areNotMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat(new DescribedPredicate<>("reside in a module's web package") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.getPackageName().startsWith("org.ariadne.") && type.getPackageName().contains(".web")
                                && !type.getPackageName().startsWith("org.ariadne.common.");
                    }
                })
                .because("web packages use their module, never the other way round")
                .check(MAIN);
    }

    /**
     * Controllers are reached by URL, never by other code: package-private says so, and keeps them out of every
     * module's public surface.
     */
    @Test
    void controllersAreNotPublic() {
        classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic()
                .because("no code calls a controller")
                .check(MAIN);
    }

    /**
     * An event says what happened ({@code ProgressReportAccepted}), not what someone should do: the publisher does not
     * know its listeners, and a name in the past tense keeps it that way. Events are found as the types published with
     * {@code publishEvent}/{@code registerEvent} and the types listeners receive.
     */
    @Test
    void eventsAreNamedInThePastTense() {
        var events = events();
        assertThat(events).as("events found in the code").hasSizeGreaterThanOrEqualTo(4);
        assertThat(events).allSatisfy(event -> assertThat(inThePastTense(event.getSimpleName()))
                .as("%s is named in the past tense", event.getName()).isTrue());
    }

    /** The finders the rules rely on, on code they must catch. */
    @Test
    void theFindersCatchWhatTheRulesForbid() {
        var source = """
                // from audit_event in a comment is not SQL
                var rows = jdbc.sql(\"""
                        select v.total from report_value v join indicator i on i.id = v.indicator_id
                        where v.id in (select id from report_value_part p, activity a, institution)\""")
                        .list();
                jdbc.update("update action_plan set title = ? where id = ?");
                jdbc.update("insert into notice (text) values (?)");
                char quote = '"';
                """;
        assertThat(SqlText.tablesNamedIn(source)).containsExactly("report_value", "indicator", "report_value_part",
                "activity", "institution", "action_plan", "notice");
        assertThat(inThePastTense("ProgressReportAccepted")).isTrue();
        assertThat(inThePastTense("ReminderSent")).isTrue();
        assertThat(inThePastTense("SubmitProgressReport")).isFalse();
        assertThat(inThePastTense("ProgressReportEvent")).isFalse();
    }

    // --- how the rules find what they check

    /** Tables by module, from the migrations: {@code V<n>__<module>_<change>.sql} creates the tables of its module. */
    static Map<String, String> tableOwners() {
        var named = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
        var creates = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        var owners = new TreeMap<String, String>();
        try (var files = Files.list(MIGRATIONS)) {
            for (var file : files.sorted().toList()) {
                var name = named.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("migration %s is named V<n>__<module>_<change>.sql", file.getFileName())
                        .isTrue();
                var tables = creates.matcher(read(file));
                while (tables.find()) {
                    owners.put(tables.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Spring Modulith's event log, created with the reporting cycle: the framework's table, read by no module
        owners.remove("event_publication");
        // the reporting cycle's tables, created with the report's before the cycle became a module of its own: an
        // applied migration keeps its name, so their owner is written down here
        List.of("reporting_schedule", "reporting_period", "holiday", "notice")
                .forEach(table -> owners.put(table, "reportingcycle"));
        assertThat(owners).as("tables created by the migrations").isNotEmpty();
        assertThat(Set.copyOf(owners.values())).as("modules owning tables")
                .allSatisfy(module -> assertThat(SOURCES.resolve(module)).isDirectory());
        return owners;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> SOURCES.relativize(file).getNameCount() > 1).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String moduleOf(JavaClass type) {
        return type.getPackageName().split("\\.")[2];
    }

    private static String tableOf(JavaClass entity) {
        var annotation = entity.getAnnotationOfType(Table.class);
        var name = !annotation.value().isEmpty() ? annotation.value() : annotation.name();
        if (name.isEmpty()) {
            name = entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Controllers, configuration, the shared web layer and the web packages may use web types; nothing else. */
    private static DescribedPredicate<JavaClass> outsideTheWebLayer() {
        return new DescribedPredicate<>("are outside the web layer") {
            @Override
            public boolean test(JavaClass type) {
                var outermost = type;
                while (outermost.getEnclosingClass().isPresent()) {
                    outermost = outermost.getEnclosingClass().get();
                }
                var packageName = type.getPackageName();
                return !packageName.contains(".web") && !packageName.startsWith("org.ariadne.common")
                        && !outermost.isMetaAnnotatedWith(Controller.class)
                        && !outermost.isMetaAnnotatedWith(ControllerAdvice.class)
                        && !outermost.isMetaAnnotatedWith(Configuration.class)
                        // a servlet filter (the security module's session and origin checks) is web layer by what it
                        // is, wherever its module keeps it
                        && !outermost.isAssignableTo("jakarta.servlet.Filter");
            }
        };
    }

    /** Types constructed where an event is published or registered, and the types event listeners receive. */
    private static Set<JavaClass> events() {
        var events = new LinkedHashSet<JavaClass>();
        for (var type : MAIN) {
            for (var method : type.getMethods()) {
                if (publishesEvents(method)) {
                    method.getConstructorCallsFromSelf().stream().map(call -> call.getTargetOwner())
                            .filter(owner -> owner.getPackageName().startsWith("org.ariadne"))
                            .filter(owner -> !owner.isAnonymousClass())
                            .forEach(events::add);
                }
                if (method.isMetaAnnotatedWith(EventListener.class)) {
                    method.getRawParameterTypes().stream()
                            .filter(parameter -> parameter.getPackageName().startsWith("org.ariadne"))
                            .forEach(events::add);
                }
            }
        }
        return events;
    }

    private static boolean publishesEvents(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream().anyMatch(call ->
                call.getName().equals("publishEvent") && call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
                        || call.getName().equals("registerEvent"));
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("Sent", "Made", "Done", "Held", "Paid", "Written", "Taken",
            "Given", "Begun", "Built", "Found", "Kept", "Lost", "Set", "Put", "Run", "Shown", "Chosen", "Drawn", "Read");

    static boolean inThePastTense(String name) {
        var words = name.split("(?=[A-Z])");
        var last = words[words.length - 1];
        return last.endsWith("ed") || IRREGULAR_PAST.contains(last);
    }

    /** Finds the tables SQL in Java source names, reading only string literals and text blocks. */
    static final class SqlText {

        private static final Pattern TABLE_KEYWORD = Pattern.compile("(?i)\\b(from|join|into|update)\\s+");
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        private static final Set<String> NOT_AN_ALIAS = Set.of("where", "join", "left", "right", "inner", "outer",
                "cross", "full", "on", "set", "order", "group", "having", "limit", "offset", "union", "values", "select",
                "for", "and", "or", "as", "returning", "using", "fetch");

        private SqlText() {
        }

        static List<String> tablesNamedIn(String javaSource) {
            var tables = new ArrayList<String>();
            for (var text : stringsIn(javaSource)) {
                var keyword = TABLE_KEYWORD.matcher(text);
                while (keyword.find()) {
                    int at = keyword.end();
                    while (true) {
                        var table = IDENTIFIER.matcher(text).region(at, text.length());
                        if (!table.lookingAt()) {
                            break;
                        }
                        tables.add(table.group().toLowerCase(Locale.ROOT));
                        at = skipAlias(text, table.end());
                        int next = skipSpace(text, at);
                        if (next >= text.length() || text.charAt(next) != ',') {
                            break;
                        }
                        at = skipSpace(text, next + 1);
                    }
                }
            }
            return tables;
        }

        private static int skipAlias(String text, int at) {
            int start = skipSpace(text, at);
            var alias = IDENTIFIER.matcher(text).region(start, text.length());
            if (start > at && alias.lookingAt() && !NOT_AN_ALIAS.contains(alias.group().toLowerCase(Locale.ROOT))) {
                return alias.end();
            }
            return at;
        }

        private static int skipSpace(String text, int at) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at;
        }

        /** The contents of the string literals and text blocks of a Java source, comments and characters skipped. */
        static List<String> stringsIn(String source) {
            var strings = new ArrayList<String>();
            int i = 0;
            while (i < source.length()) {
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", i)) {
                    i = source.indexOf("*/", i + 2) + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    strings.add(source.substring(i + 3, end));
                    i = end + 3;
                } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                    char quote = source.charAt(i);
                    int j = i + 1;
                    while (source.charAt(j) != quote) {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (quote == '"') {
                        strings.add(source.substring(i + 1, j));
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return strings;
        }
    }
}
