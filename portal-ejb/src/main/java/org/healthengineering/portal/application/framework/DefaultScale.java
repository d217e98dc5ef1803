package org.healthengineering.portal.application.framework;

import org.healthengineering.portal.domain.framework.FrameworkPackage;

import java.util.List;

/** The five-level scale new drafts and CSV imports start with (proficient from level 3). */
final class DefaultScale {

    static final List<FrameworkPackage.Level> LEVELS = List.of(
            new FrameworkPackage.Level(1, "Aware", "Knows what the competency covers and where to find guidance."),
            new FrameworkPackage.Level(2, "Assisted practice", "Practises it with supervision or guidance."),
            new FrameworkPackage.Level(3, "Independent practice", "Practises it reliably without supervision."),
            new FrameworkPackage.Level(4, "Leads others", "Leads and checks the work of others in it."),
            new FrameworkPackage.Level(5, "Sets direction", "Sets the direction for it across an organisation."));

    private DefaultScale() {
    }
}
