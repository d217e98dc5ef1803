package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;

import java.math.BigDecimal;
import java.util.List;

/** Professional bodies, registrations and CPD progress as JSON. */
public final class CpdCyclesJson {

    private CpdCyclesJson() {
    }

    /** A body and its CPD requirements; {@code targetHours} null means none. */
    public record Body(String code, String name, String cpdPolicy, Integer cycleMonths, BigDecimal targetHours,
                       Integer minActivityTypes, boolean reflectionRequired, List<String> requiredTypes) {
        static Body of(ProfessionalBody b) {
            return new Body(b.getCode(), b.getName(), b.getCpdPolicy(), b.getCycleMonths(), b.getTargetHours(),
                    b.getMinActivityTypes(), b.isReflectionRequired(),
                    b.getRequiredTypes().stream().map(Enum::name).sorted().toList());
        }

        ProfessionalBody.Requirements requirements() {
            java.util.Set<ActivityType> types = java.util.EnumSet.noneOf(ActivityType.class);
            types.addAll(ApiInput.enumsOf(ActivityType.class, requiredTypes == null ? List.of() : requiredTypes,
                    "requiredTypes"));
            return new ProfessionalBody.Requirements(name, cpdPolicy, cycleMonths, targetHours, minActivityTypes,
                    reflectionRequired, types);
        }
    }

    /** The caller's registration with a body. */
    public record Registration(String body, String bodyName, String registeredOn, String membershipNumber,
                               String registrationTitle, boolean retired) {
        static Registration of(ProfessionalBodies.Registration r) {
            return new Registration(r.body().getCode(), r.body().getName(),
                    r.registration().getRegisteredOn().toString(), r.registration().getMembershipNumber(),
                    r.registration().getRegistrationTitle(), r.registration().isRetired());
        }
    }

    /** Progress with one body: the current cycle, and the previous one if any. */
    public record Progress(String body, String bodyName, Cycle current, Cycle previous) {
        static Progress of(ProfessionalBodies.BodyProgress p) {
            return new Progress(p.body().getCode(), p.body().getName(), Cycle.of(p.current()),
                    p.previous() == null ? null : Cycle.of(p.previous()));
        }
    }

    /**
     * One cycle measured against the body's requirements; {@code verifiedHours} are the hours of completions of
     * accredited courses among {@code hours}; {@code summary} says it all in words for people.
     */
    public record Cycle(String start, String end, boolean current, BigDecimal hours, BigDecimal verifiedHours,
                        BigDecimal targetHours,
                        boolean targetMet, List<String> typesPresent, List<String> missingTypes, int minActivityTypes,
                        boolean mixMet, List<Gap> gaps, int activities, int reflected, boolean reflectionRequired,
                        boolean reflectionMet, String summary) {
        static Cycle of(CycleProgress c) {
            return new Cycle(c.start().toString(), c.end().toString(), c.current(), c.hours(), c.verifiedHours(),
                    c.targetHours(),
                    c.targetMet(), c.typesPresent().stream().map(Enum::name).toList(),
                    c.missingTypes().stream().map(Enum::name).toList(), c.minActivityTypes(), c.mixMet(),
                    c.gaps().stream().map(g -> new Gap(g.from().toString(), g.to().toString())).toList(),
                    c.activities(), c.reflected(), c.reflectionRequired(), c.reflectionMet(), c.summary());
        }
    }

    /** A stretch without activity. */
    public record Gap(String from, String to) {
    }
}
