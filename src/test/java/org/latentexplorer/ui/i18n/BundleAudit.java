package org.latentexplorer.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What is wrong with the window's bundles: a key of the code missing from a language's file, a key no
 * code asks for, an empty string, a string whose {@code {0}}… differ from English's, and key constants
 * no code uses. Reads the files themselves, not ResourceBundle (which would quietly fall back to English).
 */
final class BundleAudit {
    private static final Pattern KEY_ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s+implements\\s+[\\w\\s,.]*\\bTextKey\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private BundleAudit() {
    }

    /** The bundle file {@code prefix} of {@code language} as shipped (UTF-8). */
    static Properties shipped(String prefix, Language language) {
        String name = "/" + Texts.BUNDLES.replace('.', '/') + "/" + prefix + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
        try (InputStream in = BundleAudit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundles' names (prefixes) of the .properties files in {@code directory}: "exhibit" for exhibit.properties and exhibit_fi.properties. */
    static Set<String> bundleNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.replaceFirst("(_[a-z]{2})?\\.properties$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The enums under {@code sources} that implement TextKey, by class name (e.g. org.latentexplorer.ui.exhibit.ExhibitText). */
    static List<String> keyEnums(Path sources) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = KEY_ENUM.matcher(Files.readString(file));
                while (m.find()) {
                    String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                    names.add(pkg + "." + m.group(1));
                }
            }
        }
        return names;
    }

    /** The keys of the constants of {@code enums}, each enum a TextKey. */
    static Set<String> keysOf(List<String> enums) throws ClassNotFoundException {
        Set<String> keys = new TreeSet<>();
        for (String name : enums) {
            for (Object constant : Class.forName(name).getEnumConstants()) {
                keys.add(((TextKey) constant).key());
            }
        }
        return keys;
    }

    /** What is wrong with {@code bundles} (file name to its strings; the first is English) against the code's {@code keys}. */
    static List<String> bundleProblems(Map<String, Properties> bundles, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        Properties english = bundles.values().iterator().next();
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            String file = bundle.getKey();
            Properties strings = bundle.getValue();
            for (String key : keys) {
                String text = strings.getProperty(key);
                if (text == null) {
                    problems.add(file + " lacks " + key);
                } else if (text.isBlank()) {
                    problems.add(file + ": " + key + " is empty");
                } else if (english.getProperty(key) != null && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(file + ": " + key + " has " + placeholders(text) + " where English has " + placeholders(english.getProperty(key)));
                } else if (text.contains("\uFFFD")) {
                    problems.add(file + ": " + key + " is not valid UTF-8");
                }
            }
            for (String key : new TreeSet<>(strings.stringPropertyNames())) {
                if (!keys.contains(key)) {
                    problems.add(file + ": " + key + " is no key of the code (unused)");
                }
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The constants no code under {@code sources} uses: {@code Enum.CONSTANT} anywhere, or the bare name
     * again inside the enum's own file (a list of captions there, say). {@code constants}: enum simple name to its constants.
     */
    static List<String> unusedConstants(Path sources, Map<String, List<String>> constants) throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.put(file, Files.readString(file));
            }
        }
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : constants.entrySet()) {
            String owner = e.getKey();
            for (String constant : e.getValue()) {
                Pattern qualified = Pattern.compile("\\b" + owner + "\\s*\\.\\s*" + constant + "\\b");
                Pattern bare = Pattern.compile("\\b" + constant + "\\b");
                boolean used = texts.entrySet().stream().anyMatch(t -> t.getKey().getFileName().toString().equals(owner + ".java")
                        ? bare.matcher(t.getValue()).results().count() >= 2
                        : qualified.matcher(t.getValue()).find());
                if (!used) {
                    unused.add(owner + "." + constant + " is used nowhere");
                }
            }
        }
        return unused;
    }
}
