package org.healthengineering.portal.web.faces;

import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.Standing;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No code or enum name on screen: every value of every domain enum has words for a person. */
class WordsTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.UK);

    /** Enums the code uses among itself and never shows; a notification's kind is shown by its subject. */
    private static final List<String> NEVER_SHOWN = List.of(
            "org.healthengineering.portal.domain.benchmark.Standing$Better",
            "org.healthengineering.portal.domain.staffing.StaffGroup$Side",
            "org.healthengineering.portal.domain.notification.Notification$Kind");

    @Test
    void everyDomainEnumHasWordsForEveryValue() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Class<?>> enums = domainEnums();
        assertTrue(enums.size() > 20, "the domain's enums were found: " + enums.size());
        for (Class<?> type : enums) {
            if (NEVER_SHOWN.contains(type.getName())) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                String words = BUNDLE.containsKey(Words.bundleKey(value)) ? BUNDLE.getString(Words.bundleKey(value))
                        : Words.label(value);
                if (words == null || words.isBlank() || words.equals(value.name())) {
                    missing.add(type.getName() + "." + value.name());
                }
            }
        }
        assertEquals(List.of(), missing, "enum values without words (add enum.<Type>.<NAME> to messages.properties)");
    }

    @Test
    void wordsComeFromTheBundleBeforeTheLabelAndNeverAsTheName() {
        Words words = new Words();
        assertEquals("Waiting for the mentor's answer", words.of(MentoringStatus.REQUESTED));
        assertEquals(Metric.VACANCY_RATE.getLabel(), words.of(Metric.VACANCY_RATE));
        assertEquals("In the least favourable quarter of peers: worth discussing", words.of(Standing.RED));
        assertEquals("Not yet", Words.sentenceCase("NOT_YET"));
        assertEquals("", words.of(null));
    }

    @Test
    void textFillsItsArgument() {
        assertEquals("300 beds", new Words().text("hospital.beds", "300"));
        assertTrue(new Words().text("benchmark.explain", 5).contains("this hospital's engineering workforce")
                && new Words().text("benchmark.explain", 5).contains("fewer than 5 hospitals"), "an apostrophe stays one");
        assertEquals("1 file", new Words().text("cpd.files", 1));
        assertEquals("3 files", new Words().text("cpd.files", 3));
        assertEquals("None", new Words().text("cpd.files", 0));
    }

    @Test
    void aRollUpRuleIsSaidInWordsForItsChildren() {
        assertEquals("Reached at a level when all 4 of its sub-competencies are reached at that level or above.",
                Words.fill("frameworks.rollUp.all", 4));
        assertEquals("Reached at a level when its one sub-competency is reached at that level or above.",
                Words.fill("frameworks.rollUp.all", 1));
        assertEquals("Reached at a level when 3 of its 5 sub-competencies are reached at that level or above.",
                Words.fill("frameworks.rollUp.points", 3, 5));
        assertEquals("Reached at a level when 1 of its 5 sub-competencies is reached at that level or above.",
                Words.fill("frameworks.rollUp.points", 1, 5));
        assertEquals("Reached at a level when 1 of its 1 sub-competency is reached at that level or above.",
                Words.fill("frameworks.rollUp.points", 1, 1));
        assertEquals("Reached at a level when 3 of its sub-competencies are reached at that level or above; it has"
                + " only 2, so it cannot be reached this way.", Words.fill("frameworks.rollUp.unreachable", 3, 2));
        assertEquals("When a number of its sub-competencies are reached",
                new Words().of(org.healthengineering.portal.domain.eligibility.RollUpKind.POINTS));
    }

    @Test
    void everyBundleKeyIsWrittenOnce() throws IOException {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (var in = WordsTest.class.getResourceAsStream("/messages.properties")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim())
                    .forEach(key -> counts.merge(key, 1L, Long::sum));
        }
        List<String> twice = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of(), twice, "keys written more than once (the last one silently wins)");
        assertFalse(counts.isEmpty());
    }

    private static List<Class<?>> domainEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Metric.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root, root, enums);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                collect(jar.getPath("/"), jar.getPath("/"), enums);
            }
        }
        return enums;
    }

    private static void collect(Path base, Path root, List<Class<?>> enums) throws IOException, ClassNotFoundException {
        try (Stream<Path> files = Files.walk(root.resolve("org/healthengineering/portal/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = base.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, WordsTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
    }
}
