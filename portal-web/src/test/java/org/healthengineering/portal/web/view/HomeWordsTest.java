package org.healthengineering.portal.web.view;

import org.healthengineering.portal.application.home.Queue;
import org.healthengineering.portal.domain.home.CycleStatus;
import org.healthengineering.portal.domain.home.NextStep;
import org.healthengineering.portal.domain.home.Rag;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every word the home page shows comes from the bundle: each key it builds from a code, and each key it names. */
class HomeWordsTest {

    private static ResourceBundle bundle() throws IOException {
        try (InputStream in = HomeWordsTest.class.getResourceAsStream("/messages.properties")) {
            return new PropertyResourceBundle(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyKeyBuiltFromACodeIsInTheBundle() throws IOException {
        ResourceBundle bundle = bundle();
        List<String> keys = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            keys.add("enum.Rag." + rag.name());
        }
        for (CycleStatus.Requirement r : CycleStatus.Requirement.values()) {
            keys.add("enum.CycleStatus.Requirement." + r.name());
            keys.add("home.cpd.value." + r.name());
            keys.add("home.cpd.short." + r.name());
        }
        for (NextStep.Kind kind : NextStep.Kind.values()) {
            keys.add("enum.NextStep.Kind." + kind.name());
        }
        for (Queue queue : Queue.values()) {
            keys.add("home.queue." + queue.name());
            keys.add("home.queue." + queue.name() + ".open");
            keys.add("home.queue." + queue.name() + ".elsewhere");
        }
        for (MentoringStatus status : List.of(MentoringStatus.ACTIVE, MentoringStatus.REQUESTED)) {
            keys.add("home.mentor.mentee." + status.name());
        }
        assertEquals(List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList());
    }

    @Test
    void everyKeyThePageAndItsBeanNameIsInTheBundle() throws IOException {
        ResourceBundle bundle = bundle();
        String page = Files.readString(Path.of("src/main/webapp/index.xhtml"));
        String bean = Files.readString(Path.of("src/main/java/org/healthengineering/portal/web/view/HomeBacking.java"));
        List<String> missing = new ArrayList<>();
        Matcher named = Pattern.compile("msg\\['([a-zA-Z.]+)']").matcher(page);
        while (named.find()) {
            if (!named.group(1).endsWith(".") && !bundle.containsKey(named.group(1))) {
                missing.add(named.group(1));
            }
        }
        Matcher quoted = Pattern.compile("\"((?:home|field)\\.[a-zA-Z.]+[a-zA-Z])\"").matcher(page + bean);
        while (quoted.find()) {
            if (!bundle.containsKey(quoted.group(1))) {
                missing.add(quoted.group(1));
            }
        }
        assertEquals(List.of(), missing);
    }
}
