package org.healthengineering.portal.application.reference;

import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Crosswalk;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;

import java.util.List;
import java.util.Optional;

/** A body of reference data cached as one: the entities whose change makes it stale. */
public enum Catalogue {

    /** Role profiles (requirements, rules), the qualification catalogue, frameworks and their cross-walks. */
    COMPETENCE(List.of(RoleProfile.class, QualificationRule.class, Qualification.class, Framework.class,
            Competency.class, Crosswalk.class)),

    /** Professional bodies with their CPD policies. */
    BODIES(List.of(ProfessionalBody.class));

    private final List<Class<?>> entities;

    Catalogue(List<Class<?>> entities) {
        this.entities = entities;
    }

    public List<Class<?>> entities() {
        return entities;
    }

    /** The catalogue an entity of this class belongs to, if any. */
    public static Optional<Catalogue> of(Class<?> entity) {
        for (Catalogue catalogue : values()) {
            for (Class<?> type : catalogue.entities) {
                if (type.isAssignableFrom(entity)) {
                    return Optional.of(catalogue);
                }
            }
        }
        return Optional.empty();
    }
}
