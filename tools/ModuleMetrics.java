import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts what issue 8 asks to compare before and after: the largest classes and their constructor dependencies, the
 * public types of each module's root package, and how many ways the code has to show a form failure, raise a
 * conflict, write an audit entry, answer a download and cache data. Run it through {@code tools/module-metrics REV},
 * which hands it a copy of {@code src/main/java} at that revision; it only reads text (no compiler, no Spring), so
 * it works on any revision. The markers are heuristics: each line names the files it counted, so a reader can check.
 */
public class ModuleMetrics {

    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(public\\s+)?((?:final|abstract|sealed|non-sealed|static)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern HAND_REJECT = Pattern.compile("\\b\\w*(?:errors|Errors|result|Result)\\.reject(?:Value)?\\(");
    private static final Pattern CATCH_REFUSAL = Pattern.compile("catch\\s*\\(\\s*(?:final\\s+)?(\\w*(?:UserFacing|Conflict)\\w*Exception)");
    private static final Pattern KEEP_INPUT = Pattern.compile("\\b(?:void|BindingResult|\\w+)\\s+(keepUnreadableInput|keepInput|keepInputs)\\s*\\(");
    /** Form-failure classes an earlier code base had beside the common helper (issue 8 names them). */
    private static final List<String> OLD_FORM_CLASSES = List.of("InputKeeper", "Failure", "ReviewTexts", "ReportForms",
            "Overrides", "AccountErrors");
    private static final Pattern CONFLICT_TYPE = Pattern.compile("\\bclass\\s+(\\w*Conflict\\w*)\\s+extends\\s+(\\w+)");
    private static final Pattern TRAIL_RECORD = Pattern.compile("\\b\\w*[tT]rail\\.record\\(");
    private static final Pattern TRAIL_TYPED = Pattern.compile("\\b\\w*[tT]rail\\.record(Created|Change|Deleted)\\(");
    private static final Pattern SNAPSHOT_METHOD = Pattern.compile("(?m)^\\s*(?!return\\b)(?:public\\s+|protected\\s+|private\\s+|static\\s+|final\\s+|default\\s+|abstract\\s+)*[\\w.<>,?\\[\\] ]+\\s+snapshot\\([^)]*\\)\\s*[{;]");
    /** Implements Audited directly or through a module's sub-interface of it (plan's AuditedElement). */
    private static final Pattern AUDITED = Pattern.compile("\\bimplements\\s+[^{]*\\bAudited\\w*\\b");
    /** What made an old form class a way of its own: it placed refusals or worded conflicts itself. */
    private static final Pattern FORM_WORK = Pattern.compile("BindingResult|UserFacingException|Conflict|rejectValue");
    private static final Pattern PRIVATE_DOWNLOAD = Pattern.compile("(?m)^\\s*private\\s+(?:static\\s+)?[\\w.<>,?\\[\\] ]+\\s+(\\w*[dD]ownload\\w*)\\s*\\(");
    private static final Pattern DISPOSITION = Pattern.compile("Content-Disposition|CONTENT_DISPOSITION|ContentDisposition\\.");
    private static final Pattern LRU = Pattern.compile("removeEldestEntry");
    private static final Pattern CONCURRENT_MAP = Pattern.compile("new\\s+ConcurrentHashMap");
    private static final Pattern SPRING_CACHE = Pattern.compile("@Cacheable|@CacheEvict|@CachePut");

    record Source(Path path, String module, String packagePath, String name, String text, String code, int lines) {

        String shortPath() {
            return module.isEmpty() ? name : packagePath + "/" + name + ".java";
        }

        boolean in(String relative) {
            return packagePath.equals(relative) || packagePath.startsWith(relative + "/");
        }
    }

    public static void main(String[] args) throws IOException {
        var root = Path.of(args.length > 0 ? args[0] : "src/main/java");
        var base = root.resolve("org/ariadne");
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                var text = Files.readString(file);
                var relative = base.relativize(file.getParent()).toString().replace('\\', '/');
                var module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
                var name = file.getFileName().toString().replace(".java", "");
                sources.add(new Source(file, module, relative, name, text, withoutComments(text),
                        (int) text.lines().count()));
            }
        }
        System.out.printf("%d Java files, %d lines in %s%n", sources.size(),
                sources.stream().mapToInt(Source::lines).sum(), root);
        largest(sources);
        publicTypes(sources);
        formFailures(sources);
        conflicts(sources);
        audit(sources);
        downloads(sources);
        caches(sources);
    }

    private static void largest(List<Source> sources) {
        System.out.println();
        System.out.println("== The 15 largest classes (lines; constructor dependencies = parameters of the widest constructor)");
        sources.stream().filter(s -> !s.name.equals("package-info"))
                .sorted(Comparator.comparingInt(Source::lines).reversed()).limit(15)
                .forEach(s -> System.out.printf("  %5d lines  %3s deps  %s%n", s.lines, dependencies(s), s.shortPath()));
    }

    /** Parameters of the widest explicit constructor of the file's class, "-" when it declares none. */
    private static String dependencies(Source source) {
        var constructor = Pattern.compile("(?m)^\\s*(?:public\\s+|protected\\s+|private\\s+)?" + source.name + "\\s*\\(");
        var matcher = constructor.matcher(source.code);
        int widest = -1;
        while (matcher.find()) {
            int count = parameters(source.code, matcher.end());
            var after = source.code.substring(closing(source.code, matcher.end())).stripLeading();
            if (after.startsWith("{") || after.startsWith("throws")) {
                widest = Math.max(widest, count);
            }
        }
        return widest < 0 ? "-" : Integer.toString(widest);
    }

    private static int parameters(String code, int from) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                if (depth == 0 && c == ')') {
                    return any ? commas + 1 : 0;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return 0;
    }

    private static int closing(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
        }
        return code.length();
    }

    private static void publicTypes(List<Source> sources) {
        System.out.println();
        System.out.println("== Public types per module (root package = the module's API unless named interfaces narrow it)");
        System.out.printf("  %-14s %6s %8s %8s%n", "module", "root", "sub-pkg", "named");
        Map<String, int[]> byModule = new TreeMap<>();
        for (var s : sources) {
            if (s.module.isEmpty()) {
                continue;
            }
            var counts = byModule.computeIfAbsent(s.module, m -> new int[3]);
            if (s.code.contains("NamedInterface")) {
                counts[2]++;
            }
            if (s.name.equals("package-info")) {
                continue;
            }
            var type = TYPE.matcher(s.code);
            boolean isPublic = type.find() && type.group(1) != null;
            if (isPublic) {
                counts[s.packagePath.equals(s.module) ? 0 : 1]++;
            }
        }
        int[] total = new int[3];
        byModule.forEach((module, c) -> {
            System.out.printf("  %-14s %6d %8d %8d%n", module, c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        System.out.printf("  %-14s %6d %8d %8d%n", "total", total[0], total[1], total[2]);
        System.out.println("  (named = types and package-infos that carry @NamedInterface: the deliberate front door)");
    }

    private static void formFailures(List<Source> sources) {
        System.out.println();
        System.out.println("== Form failures: the common helper, and modules that show a failed form by hand");
        var common = sources.stream().filter(s -> s.name.equals("FormSubmissions")).findFirst();
        System.out.println("  common helper: " + common.map(Source::shortPath).orElse("none"));
        var modules = new TreeSet<String>();
        for (var s : sources) {
            if (s.in("common/web")) {
                continue;
            }
            var signs = new ArrayList<String>();
            if (OLD_FORM_CLASSES.contains(s.name) && FORM_WORK.matcher(s.code).find()) {
                signs.add("class " + s.name);
            }
            var keep = KEEP_INPUT.matcher(s.code);
            if (keep.find()) {
                signs.add("rebuilds unreadable input (" + keep.group(1) + ")");
            }
            int rejects = count(HAND_REJECT, s.code);
            if (rejects > 0) {
                signs.add(rejects + " hand-placed errors (errors.reject/rejectValue)");
            }
            var caught = CATCH_REFUSAL.matcher(s.code);
            var exceptions = new TreeSet<String>();
            while (caught.find()) {
                exceptions.add(caught.group(1));
            }
            if (!exceptions.isEmpty() && (s.packagePath.contains("web") || s.name.endsWith("Controller"))) {
                signs.add("catches " + String.join(", ", exceptions));
            }
            if (!signs.isEmpty()) {
                modules.add(s.module);
                System.out.println("  " + s.shortPath() + ": " + String.join("; ", signs));
            }
        }
        System.out.printf("  ways: %d (%s%s)%n", (common.isPresent() ? 1 : 0) + modules.size(),
                common.isPresent() ? "FormSubmissions" : "", modules.isEmpty() ? ""
                        : (common.isPresent() ? " + " : "") + "own handling in " + String.join(", ", modules));
    }

    private static void conflicts(List<Source> sources) {
        System.out.println();
        System.out.println("== Conflict exception types");
        int types = 0;
        for (var s : sources) {
            var m = CONFLICT_TYPE.matcher(s.code);
            while (m.find()) {
                types++;
                System.out.println("  " + s.shortPath() + ": " + m.group(1) + " extends " + m.group(2));
            }
        }
        System.out.println("  ways: " + types);
    }

    private static void audit(List<Source> sources) {
        System.out.println();
        System.out.println("== Audit entries");
        int hand = 0;
        int typed = 0;
        int snapshots = 0;
        int audited = 0;
        var handFiles = new ArrayList<String>();
        var snapshotFiles = new ArrayList<String>();
        for (var s : sources) {
            int h = count(TRAIL_RECORD, s.code);
            hand += h;
            if (h > 0) {
                handFiles.add(s.shortPath() + " (" + h + ")");
            }
            typed += count(TRAIL_TYPED, s.code);
            int snap = count(SNAPSHOT_METHOD, s.code);
            snapshots += snap;
            if (snap > 0) {
                snapshotFiles.add(s.name);
            }
            if (AUDITED.matcher(s.code).find()) {
                audited++;
            }
        }
        System.out.println("  hand-written trail.record(...) calls: " + hand + (handFiles.isEmpty() ? ""
                : "  in " + String.join(", ", handFiles)));
        System.out.println("  trail.recordCreated/recordChange/recordDeleted calls: " + typed);
        System.out.println("  snapshot(...) methods (declared): " + snapshots + (snapshotFiles.isEmpty() ? ""
                : "  in " + String.join(", ", snapshotFiles)));
        System.out.println("  types implementing Audited: " + audited);
        System.out.println("  ways: " + ((hand > 0 ? 1 : 0) + (typed > 0 ? 1 : 0))
                + " (hand-written record = one way, the Audited record* calls = the other)");
    }

    private static void downloads(List<Source> sources) {
        System.out.println();
        System.out.println("== Downloads");
        var helper = sources.stream().filter(s -> s.name.equals("FileDownload")).findFirst();
        System.out.println("  common helper: " + helper.map(Source::shortPath).orElse("none"));
        int own = 0;
        for (var s : sources) {
            if (s.name.equals("FileDownload")) {
                continue;
            }
            var signs = new ArrayList<String>();
            var m = PRIVATE_DOWNLOAD.matcher(s.code);
            while (m.find()) {
                // a private method that only hands over to the helper (a shorter name for one call) is the helper
                int end = s.code.indexOf("\n    }", m.end());
                var body = s.code.substring(m.end(), end < 0 ? s.code.length() : end);
                if (!body.contains("FileDownload.")) {
                    signs.add("private " + m.group(1) + "(");
                }
            }
            int headers = count(DISPOSITION, s.code);
            if (headers > 0) {
                signs.add(headers + " hand-written Content-Disposition");
            }
            if (!signs.isEmpty()) {
                own++;
                System.out.println("  " + s.shortPath() + ": " + String.join("; ", signs));
            }
        }
        System.out.println("  ways: " + ((helper.isPresent() ? 1 : 0) + own)
                + " (the helper, plus each class that answers a download its own way)");
    }

    private static void caches(List<Source> sources) {
        System.out.println();
        System.out.println("== Caches");
        int hand = 0;
        int spring = 0;
        for (var s : sources) {
            var signs = new ArrayList<String>();
            if (LRU.matcher(s.code).find()) {
                signs.add("LRU LinkedHashMap");
            }
            if (CONCURRENT_MAP.matcher(s.code).find()) {
                signs.add("ConcurrentHashMap");
            }
            if (s.name.endsWith("Cache") && s.code.contains("Map<") && !s.in("common")) {
                signs.add("class " + s.name);
            }
            if (!signs.isEmpty()) {
                hand++;
                System.out.println("  " + s.shortPath() + ": " + String.join("; ", signs));
            }
            spring += count(SPRING_CACHE, s.code);
        }
        System.out.println("  Spring Cache annotations (@Cacheable/@CacheEvict/@CachePut): " + spring);
        System.out.println("  hand-written maps: " + hand
                + " (a ConcurrentHashMap may be state rather than a cache, e.g. a login throttle: read the line)");
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The code without comments, so that Javadoc examples do not count; string literals are kept. */
    static String withoutComments(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                boolean block = text.startsWith("\"\"\"", i);
                int end = block ? text.indexOf("\"\"\"", i + 3) : i + 1;
                if (block) {
                    end = end < 0 ? text.length() : end + 3;
                } else {
                    while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    end = Math.min(end + 1, text.length());
                }
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                var comment = text.substring(i, end < 0 ? text.length() : end + 2);
                comment.chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end < 0 ? text.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
