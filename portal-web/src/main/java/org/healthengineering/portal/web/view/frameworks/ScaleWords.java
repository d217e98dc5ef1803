package org.healthengineering.portal.web.view.frameworks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.util.List;

/**
 * A framework's proficiency levels in words, "3 — Apply": the options wherever someone chooses a level (an
 * engineer assessing themselves, a mentor or an assessor verifying, a node's own threshold), and the way a level
 * is shown, so nobody has to remember what a bare number meant on that framework's scale.
 */
@Named
@ApplicationScoped
public class ScaleWords {

    @Inject
    PageMessages messages;

    /** "3 — Apply"; the bare number for a level the scale does not name; nothing for no level. */
    public String of(List<ProficiencyLevel> scale, Integer level) {
        if (level == null) {
            return "";
        }
        return scale == null ? String.valueOf(level) : scale.stream().filter(l -> l.getLevel() == level).findFirst()
                .map(this::words).orElse(String.valueOf(level));
    }

    /** One option per level, lowest first, valued by the level's number. */
    public List<Choice> choices(List<ProficiencyLevel> scale) {
        return scale == null ? List.of() : scale.stream().map(l -> new Choice(l.getLevel(), words(l))).toList();
    }

    private String words(ProficiencyLevel level) {
        return messages.text("scale.level", String.valueOf(level.getLevel()), level.getLabel());
    }
}
