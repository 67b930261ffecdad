package org.latentexplorer.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.ui.exhibit.ExhibitText;

/** The six bundles hold every key the code asks for and nothing else; the language is chosen as promised; numbers are written as each language writes them. */
class TextsTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path BUNDLE_FILES = Path.of("src", "main", "resources", "org", "latentexplorer", "ui", "i18n");

    @Test
    void everyBundleHoldsEveryKeyOfTheCodeAndNoOtherAndEveryKeyIsUsed() throws Exception {
        List<String> enums = BundleAudit.keyEnums(SOURCES);
        assertTrue(enums.contains(ExhibitText.class.getName()), "the exhibit's words are found: " + enums);
        Map<String, Set<String>> keysByBundle = new TreeMap<>();
        for (String key : BundleAudit.keysOf(enums)) {
            keysByBundle.computeIfAbsent(key.substring(0, key.indexOf('.')), prefix -> new TreeSet<>()).add(key);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> bundle : keysByBundle.entrySet()) {
            Map<String, Properties> languages = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                languages.put(bundle.getKey() + "_" + language.code(), BundleAudit.shipped(bundle.getKey(), language));
            }
            problems.addAll(BundleAudit.bundleProblems(languages, bundle.getValue()));
        }
        assertEquals(List.of(), problems);
        assertEquals(keysByBundle.keySet(), BundleAudit.bundleNames(BUNDLE_FILES), "a bundle file for each key prefix of the code and no other");

        Map<String, List<String>> constants = new LinkedHashMap<>();
        for (String name : enums) {
            Class<?> type = Class.forName(name);
            constants.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        assertEquals(List.of(), BundleAudit.unusedConstants(SOURCES, constants));
    }

    @Test
    void theAuditFindsAMissingAnUnusedAnEmptyAndAMisplacedKey(@TempDir Path sources) throws Exception {
        Properties english = new Properties();
        english.setProperty("demo.hello", "Hello {0}");
        english.setProperty("demo.bye", "Bye");
        Properties finnish = new Properties();
        finnish.setProperty("demo.hello", "Hei");
        finnish.setProperty("demo.old", "Vanha");
        Properties polish = new Properties();
        polish.setProperty("demo.hello", "Cześć {0}");
        polish.setProperty("demo.bye", " ");
        Map<String, Properties> bundles = new LinkedHashMap<>();
        bundles.put("en", english);
        bundles.put("fi", finnish);
        bundles.put("pl", polish);
        List<String> expected = List.of("fi lacks demo.bye", "fi: demo.hello has [] where English has [{0}]",
                "fi: demo.old is no key of the code (unused)", "pl: demo.bye is empty");
        assertEquals(expected, BundleAudit.bundleProblems(bundles, Set.of("demo.hello", "demo.bye")).stream().sorted().toList());

        Path pkg = Files.createDirectories(sources.resolve("demo"));
        Files.writeString(pkg.resolve("DemoText.java"), "package demo;\nenum DemoText implements org.latentexplorer.ui.i18n.TextKey {\n"
                + "    HELLO, BYE, LISTED, NEVER;\n    static final java.util.List<DemoText> SOME = java.util.List.of(LISTED);\n"
                + "    public String prefix() { return \"demo\"; }\n}\n");
        Files.writeString(pkg.resolve("Greeter.java"), "package demo;\nclass Greeter {\n    String hi(Texts t) { return t.text(DemoText.HELLO) + t.text(DemoText .BYE); }\n"
                + "    // NEVER is only mentioned here, not used\n}\n");
        assertEquals(List.of("demo.DemoText"), BundleAudit.keyEnums(sources));
        assertEquals(List.of("DemoText.NEVER is used nowhere"),
                BundleAudit.unusedConstants(sources, Map.of("DemoText", List.of("HELLO", "BYE", "LISTED", "NEVER"))));
    }

    @Test
    void theLanguageIsTheOneAskedForElseTheSystemsElseEnglish() {
        assertEquals(Language.HU, Language.parse("HU"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.parse("de"));
        assertEquals("'de' is not a language of the window: use en, fi, pl, ms, hu or nl", e.getMessage());
        assertEquals(Language.FI, Language.forLocale(Locale.forLanguageTag("fi-FI")));
        assertEquals(Language.MS, Language.forLocale(Locale.forLanguageTag("ms-MY")));
        assertEquals(Language.EN, Language.forLocale(Locale.GERMANY), "a language the window does not speak: English");
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-BE"));
            assertEquals(Language.NL, Language.chosen(null));
            assertEquals(Language.PL, Language.chosen("pl"));
            assertEquals("Touch the screen to start", Texts.of(Language.EN).text(ExhibitText.START_TOUCH),
                    "English is English on a Dutch system (no fallback to the system's bundle)");
            assertEquals("Raak het scherm aan om te beginnen", Texts.of(Language.NL).text(ExhibitText.START_TOUCH));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        assertEquals("1,234.5", Texts.of(Language.EN).number(1234.5, 2));
        assertEquals("1.234,5", Texts.of(Language.NL).number(1234.5, 2));
        String finnish = Texts.of(Language.FI).number(1234.5, 2);
        assertTrue(finnish.matches("1[\\u00a0\\u202f ]234,5"), finnish);
        assertEquals("0,25", Texts.of(Language.PL).plainNumber(0.25, 2));
        assertEquals("1234.57", Texts.of(Language.MS).plainNumber(1234.567, 2));
        assertEquals("0", Texts.of(Language.HU).plainNumber(-0.001, 2), "no minus on a zero");
        assertEquals("0,0500", Texts.of(Language.NL).fixed(0.05, 4), "fixed decimals keep their trailing zeros");
        assertEquals("0.00", Texts.of(Language.EN).fixed(-0.004, 2), "no minus on a value rounded to zero");
        assertEquals("+0,53", Texts.of(Language.FI).signedFixed(0.531, 2));
        assertEquals("-1.20", Texts.of(Language.EN).signedFixed(-1.2, 2));
        assertTrue(Texts.of(Language.PL).decimalComma());
        assertFalse(Texts.of(Language.MS).decimalComma());
        String caption = Texts.of(Language.FI).format(ExhibitText.CAPTION_DIGITS_LEARNED, 60_000);
        assertTrue(caption.matches(".* 60[\\u00a0\\u202f ]000 .*"), caption);
        assertTrue(Texts.of(Language.EN).format(ExhibitText.CAPTION_DIGITS_LEARNED, 60_000).contains(" 60,000 "));
        String numbers = Texts.of(Language.EN).format(ExhibitText.DIGITS_NUMBERS, "1.5", "-2");
        assertTrue(numbers.endsWith(": 1.5 and -2"), numbers);
        assertFalse(numbers.contains("{"), numbers);
    }
}
