package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.eligibility.EligibilityFacts.AssessedLevel;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.CompetencyLevels;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.CycleResult;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.CpdStanding;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Holding;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Registration;
import org.healthengineering.portal.domain.qualification.HeldStatus;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator.CompetencyName;
import org.healthengineering.portal.domain.shared.DateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Judges criteria against an engineer's {@link EligibilityFacts}, one {@link Finding} per criterion, in order. It
 * never rejects anyone and never decides a criterion in words; it reports what the portal knows:
 * <ul>
 *     <li><b>Qualification</b>: the best holding on the day counts: verified before unverified; one that has expired
 *     or was awarded after the day never counts. Verified is {@link FindingOutcome#MET_VERIFIED}; unverified is
 *     {@link FindingOutcome#MET_OWN_WORD}, or {@link FindingOutcome#NOT_MET} (awaiting verification) where the
 *     criterion accepts only verified holdings.</li>
 *     <li><b>Registration</b>: registered with the body on or before the day; a retired registrant counts as
 *     registered. A registration is the engineer's own entry (the portal keeps no verification of it), so it is met
 *     on the engineer's word.</li>
 *     <li><b>Competency</b>: the best level in the competency or in an exact-match equivalent of another framework,
 *     each parent's level raised by its roll-up rule ({@link RollUp}). A verified level at or above the minimum is
 *     met and verified; otherwise the engineer's current level at or above it is met on their word, or not met where
 *     the criterion accepts only verified levels.</li>
 *     <li><b>Experience</b>: the years on the engineer's profile, their own word.</li>
 *     <li><b>CPD compliance</b>: whether the body's current or previous cycle, as the service found it, meets the
 *     body's requirements. The CPD log is the engineer's own (verified hours from accredited courses are only part of
 *     it, and nobody signs a cycle off), so a compliant cycle is met on the engineer's word.</li>
 *     <li><b>Readiness</b>: the figure for the role at or above the percentage. Readiness counts unverified
 *     qualifications, the engineer's own levels and their years as well as verified records, so it is met on the
 *     engineer's word, never verified.</li>
 *     <li><b>Free text</b>: always for a person to judge.</li>
 * </ul>
 */
public final class EligibilityEngine {

    /** The names of the things reasons speak of, which the service supplies. */
    public interface Names {

        /** A qualification of the catalogue: "CEng". */
        String qualification(long qualificationId);

        /** A professional body: "IMechE". */
        String body(long bodyId);

        /** A competency with its code and framework, as readiness names it. */
        CompetencyName competency(long competencyId);

        /** A role profile's title: "Chief Healthcare Engineer". */
        String role(String roleCode);

        /** An account's display name, for "verified by": "Dev Mentor". */
        String account(long accountId);
    }

    private EligibilityEngine() {
    }

    /** One finding per criterion, in the criteria's order, judged on {@code day}. */
    public static List<Finding> judge(List<Criterion> criteria, EligibilityFacts facts, LocalDate day, Names names) {
        Function<Long, List<Long>> childrenOf = id -> facts.children().getOrDefault(id, List.of());
        Track current = Track.of(false, facts, CompetencyLevels::current, childrenOf);
        Track verified = Track.of(true, facts, CompetencyLevels::verified, childrenOf);
        List<Finding> findings = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Judged judged = switch (criterion.getKind()) {
                case QUALIFICATION -> qualification(criterion, facts, day, names);
                case REGISTRATION -> registration(criterion, facts, day, names);
                case COMPETENCY -> competency(criterion, facts, current, verified, names);
                case EXPERIENCE -> experience(criterion, facts);
                case CPD_COMPLIANCE -> cpd(criterion, facts, day, names);
                case READINESS -> readiness(criterion, facts, names);
                case FREE_TEXT -> new Judged(FindingOutcome.TO_JUDGE,
                        "A person judges this from what you write in your application.", List.of());
            };
            findings.add(new Finding(criterion, criterion.describe(names), judged.outcome(), judged.reason(),
                    judged.records()));
        }
        return findings;
    }

    /** How many findings have each outcome. */
    public static FindingCounts summary(List<Finding> findings) {
        return FindingCounts.of(findings);
    }

    private record Judged(FindingOutcome outcome, String reason, List<RecordRef> records) {
    }

    // Qualifications ---------------------------------------------------------------------------------------------

    private static Judged qualification(Criterion criterion, EligibilityFacts facts, LocalDate day, Names names) {
        long id = criterion.getQualificationId();
        String name = names.qualification(id);
        Holding best = facts.qualifications().stream().filter(h -> h.qualificationId() == id)
                .min(Comparator.comparingInt((Holding h) -> rank(h, day))
                        .thenComparing(h -> h.expiresOn() == null ? LocalDate.MAX : h.expiresOn(),
                                Comparator.reverseOrder())
                        .thenComparing(Holding::awardedOn, Comparator.reverseOrder()))
                .orElse(null);
        if (best == null) {
            return new Judged(FindingOutcome.NOT_MET, name + " is not among your qualifications.", List.of());
        }
        List<RecordRef> records = List.of(new RecordRef(RecordRef.Kind.HOLDING, String.valueOf(best.holdingId()),
                name));
        String since = "Held since " + DateText.day(best.awardedOn());
        String until = best.expiresOn() == null ? "" : "; valid until " + DateText.day(best.expiresOn());
        return switch (rank(best, day)) {
            case 0 -> new Judged(FindingOutcome.MET_VERIFIED, since + ", verified by "
                    + names.account(best.verification().byAccountId()) + " on "
                    + DateText.day(best.verification().on()) + until + ".", records);
            case 1 -> criterion.isVerifiedOnly()
                    ? new Judged(FindingOutcome.NOT_MET, since + ", but awaiting verification, which this criterion"
                    + " requires.", records)
                    : new Judged(FindingOutcome.MET_OWN_WORD, since + ", as you entered it; not verified yet" + until
                    + ".", records);
            case 2 -> new Judged(FindingOutcome.NOT_MET, "Awarded on " + DateText.day(best.awardedOn()) + ", after "
                    + DateText.day(day) + ".", records);
            default -> new Judged(FindingOutcome.NOT_MET, "Expired on " + DateText.day(best.expiresOn()) + ".",
                    records);
        };
    }

    /** 0 verified and valid on the day, 1 unverified and valid, 2 not yet awarded on the day, 3 expired. */
    private static int rank(Holding holding, LocalDate day) {
        HeldStatus status = holding.status(day);
        if (status == HeldStatus.EXPIRED) {
            return 3;
        }
        if (holding.awardedOn().isAfter(day)) {
            return 2;
        }
        return status == HeldStatus.VERIFIED ? 0 : 1;
    }

    // Registrations ----------------------------------------------------------------------------------------------

    private static Judged registration(Criterion criterion, EligibilityFacts facts, LocalDate day, Names names) {
        long bodyId = criterion.getBodyId();
        String body = names.body(bodyId);
        Registration registration = facts.registrations().get(bodyId);
        if (registration == null) {
            return new Judged(FindingOutcome.NOT_MET, "You are not registered with " + body + ".", List.of());
        }
        List<RecordRef> records = List.of(registrationRef(bodyId, body));
        if (registration.registeredOn().isAfter(day)) {
            return new Judged(FindingOutcome.NOT_MET, "Registered with " + body + " only from "
                    + DateText.day(registration.registeredOn()) + ", after " + DateText.day(day) + ".", records);
        }
        return new Judged(FindingOutcome.MET_OWN_WORD, "Registered with " + body + " since "
                + DateText.day(registration.registeredOn())
                + (registration.retired() ? ", as a retired registrant, who counts as registered" : "")
                + ", as you entered it; the portal does not verify registrations.", records);
    }

    private static RecordRef registrationRef(long bodyId, String body) {
        return new RecordRef(RecordRef.Kind.REGISTRATION, String.valueOf(bodyId), "Registration with " + body);
    }

    // CPD --------------------------------------------------------------------------------------------------------

    private static Judged cpd(Criterion criterion, EligibilityFacts facts, LocalDate day, Names names) {
        long bodyId = criterion.getBodyId();
        String body = names.body(bodyId);
        Registration registration = facts.registrations().get(bodyId);
        if (registration == null) {
            return new Judged(FindingOutcome.NOT_MET, "You are not registered with " + body
                    + ", so there is no CPD cycle to judge.", List.of());
        }
        CpdStanding standing = facts.cpd().get(bodyId);
        boolean current = criterion.getCycle() == CpdCycle.CURRENT;
        CycleResult cycle = standing == null ? null : current ? standing.current() : standing.previous();
        if (cycle == null) {
            return new Judged(FindingOutcome.NOT_MET, "You have no " + criterion.getCycle().words() + " with " + body
                    + (current ? " on " + DateText.day(day) : " yet") + "; your registration began on "
                    + DateText.day(registration.registeredOn()) + ".", List.of(registrationRef(bodyId, body)));
        }
        String dates = DateText.day(cycle.start()) + " to " + DateText.day(cycle.end());
        String which = criterion.getCycle().words() + " with " + body;
        List<RecordRef> records = List.of(new RecordRef(RecordRef.Kind.CPD_CYCLE, bodyId + "/" + cycle.start(),
                Character.toUpperCase(which.charAt(0)) + which.substring(1) + ", " + dates));
        String yours = "Your " + which + " (" + dates + ")";
        if (cycle.met()) {
            return new Judged(FindingOutcome.MET_OWN_WORD, yours + (current ? " meets" : " met")
                    + " the body's CPD requirements, on the CPD you logged yourself.", records);
        }
        return new Judged(FindingOutcome.NOT_MET, yours + (current ? " does not yet meet" : " did not meet")
                + " the body's CPD requirements.", records);
    }

    // Experience and readiness -----------------------------------------------------------------------------------

    private static Judged experience(Criterion criterion, EligibilityFacts facts) {
        int asked = criterion.getMinYears();
        Integer years = facts.yearsExperience();
        List<RecordRef> records = List.of(new RecordRef(RecordRef.Kind.PROFILE, null, "Your profile"));
        if (years == null) {
            return new Judged(FindingOutcome.NOT_MET, "Your years of experience are not on your profile yet.",
                    records);
        }
        String onProfile = Criterion.years(years) + " of experience on your profile";
        if (years >= asked) {
            return new Judged(FindingOutcome.MET_OWN_WORD, onProfile + ", for the " + asked + " asked, as you entered"
                    + " them.", records);
        }
        return new Judged(FindingOutcome.NOT_MET, onProfile + ", short of the " + asked + " asked.", records);
    }

    private static Judged readiness(Criterion criterion, EligibilityFacts facts, Names names) {
        String code = criterion.getRoleCode();
        String role = names.role(code);
        List<RecordRef> records = List.of(new RecordRef(RecordRef.Kind.ROLE, code, role));
        Integer percent = facts.readiness().get(code);
        int asked = criterion.getMinPercent();
        if (percent == null) {
            return new Judged(FindingOutcome.NOT_MET, "There is no readiness figure for " + role + ".", records);
        }
        String yours = "Your readiness for " + role + " is " + percent + "%";
        if (percent >= asked) {
            return new Judged(FindingOutcome.MET_OWN_WORD, yours + ", reaching the " + asked + "% asked; it counts"
                    + " what you entered yourself as well as verified records.", records);
        }
        return new Judged(FindingOutcome.NOT_MET, yours + ", short of the " + asked + "% asked.", records);
    }

    // Competencies -----------------------------------------------------------------------------------------------

    /**
     * One set of levels: the engineer's current ones or the verified ones, with each ruled parent's level raised.
     */
    private record Track(boolean verified, Map<Long, AssessedLevel> assessed, RollUp.Result rolled,
                         Function<Long, List<Long>> childrenOf) {

        static Track of(boolean verified, EligibilityFacts facts, Function<CompetencyLevels, AssessedLevel> which,
                        Function<Long, List<Long>> childrenOf) {
            Map<Long, AssessedLevel> assessed = new HashMap<>();
            Map<Long, Integer> levels = new HashMap<>();
            facts.competencies().forEach((id, both) -> {
                AssessedLevel level = which.apply(both);
                if (level != null) {
                    assessed.put(id, level);
                    levels.put(id, level.level());
                }
            });
            return new Track(verified, assessed, RollUp.derive(levels, facts.rollUpRules(), childrenOf), childrenOf);
        }

        int level(long id) {
            return rolled.levels().getOrDefault(id, 0);
        }
    }

    /** A track's highest level in a competency or its equivalents, and where it is (the competency itself first). */
    private record Best(long competencyId, int level) {

        static Best of(long id, Set<Long> equivalents, Track track) {
            Best best = new Best(id, track.level(id));
            for (Long equivalent : new TreeSet<>(equivalents)) {
                if (track.level(equivalent) > best.level()) {
                    best = new Best(equivalent, track.level(equivalent));
                }
            }
            return best;
        }
    }

    /**
     * How a level came about, to follow "Level 3 of 3" (", verified by Dev Mentor (mentor) on 4 Jun 2024"); for a
     * verified level, the clause that tells it beside the engineer's own ("Dev Mentor (mentor) verified level 2 on
     * 4 Jun 2024"); and the records it rests on.
     */
    private record Source(String how, String verifiedClause, List<RecordRef> records) {
    }

    private static Judged competency(Criterion criterion, EligibilityFacts facts, Track current, Track verified,
                                     Names names) {
        long id = criterion.getCompetencyId();
        int asked = criterion.getMinLevel();
        Set<Long> equivalents = facts.exactMatches().getOrDefault(id, Set.of());
        Best v = Best.of(id, equivalents, verified);
        Best c = Best.of(id, equivalents, current);
        if (v.level() >= asked) {
            Source source = source(v, verified, names);
            return new Judged(FindingOutcome.MET_VERIFIED, "Level " + ofAsked(v.level(), asked) + source.how() + "."
                    + through(v, id, names), source.records());
        }
        Source vSource = v.level() > 0 ? source(v, verified, names) : null;
        String vClause = vSource == null ? null : vSource.verifiedClause() + elsewhere(v, c, id, names);
        if (c.level() >= asked) {
            Source cSource = source(c, current, names);
            String own = "Your own level " + ofAsked(c.level(), asked) + cSource.how();
            List<RecordRef> records = join(cSource, vSource);
            if (criterion.isVerifiedOnly()) {
                String why = vSource == null
                        ? "; not verified by a mentor or an assessor, which this criterion requires."
                        : "; " + vClause + ", and this criterion requires a verified level " + asked + ".";
                return new Judged(FindingOutcome.NOT_MET, own + why + through(c, id, names), records);
            }
            String why = vSource == null ? "; not verified by a mentor or an assessor."
                    : "; " + vClause + ".";
            return new Judged(FindingOutcome.MET_OWN_WORD, own + why + through(c, id, names), records);
        }
        if (c.level() == 0 && v.level() == 0) {
            return new Judged(FindingOutcome.NOT_MET, criterion.isVerifiedOnly()
                    ? "Not assessed yet; this criterion requires a level verified by a mentor or an assessor."
                    : "Not assessed yet.", List.of());
        }
        if (v.level() >= c.level()) {
            return new Judged(FindingOutcome.NOT_MET, "Level " + ofAsked(v.level(), asked) + vSource.how() + "."
                    + through(v, id, names), vSource.records());
        }
        Source cSource = source(c, current, names);
        return new Judged(FindingOutcome.NOT_MET, "Your own level " + ofAsked(c.level(), asked) + cSource.how()
                + (vSource == null ? "." : "; " + vClause + ".") + through(c, id, names),
                join(cSource, vSource));
    }

    /** "3 of 3", "2 of 3", or "4, above the 3 asked" (never "4 of 3"). */
    private static String ofAsked(int level, int asked) {
        return level > asked ? level + ", above the " + asked + " asked" : level + " of " + asked;
    }

    /** The sentence naming the exact-match equivalent a level comes from; nothing when it is the competency's own. */
    private static String through(Best best, long criterionId, Names names) {
        if (best.competencyId() == criterionId) {
            return "";
        }
        CompetencyName name = names.competency(best.competencyId());
        return " Counted through the exact-match equivalent " + name.shortName() + " in " + name.frameworkTitle()
                + ".";
    }

    /**
     * Where a verified level told beside the engineer's own comes from, when that is an exact-match equivalent the
     * own level does not come from (the sentence of {@link #through} names the other).
     */
    private static String elsewhere(Best verified, Best own, long criterionId, Names names) {
        if (verified.competencyId() == criterionId || verified.competencyId() == own.competencyId()) {
            return "";
        }
        CompetencyName name = names.competency(verified.competencyId());
        return ", in the exact-match equivalent " + name.shortName() + " in " + name.frameworkTitle();
    }

    private static Source source(Best best, Track track, Names names) {
        long id = best.competencyId();
        AssessedLevel assessed = track.assessed().get(id);
        CompetencyName name = names.competency(id);
        if (assessed != null && assessed.level() >= best.level()) {
            String verifier = names.account(assessed.assessorId()) + " ("
                    + assessed.source().getLabel().toLowerCase(Locale.ROOT) + ")";
            String on = " on " + DateText.day(assessed.on());
            return new Source(assessed.verified() ? ", verified by " + verifier + on : "",
                    verifier + " verified level " + best.level() + on, List.of(assessmentRef(assessed, name)));
        }
        // Reached through the roll-up rule: name the children that count.
        List<Long> children = RollUp.children(track.childrenOf(), id);
        List<RecordRef> records = new ArrayList<>();
        int counted = 0;
        for (Long child : children) {
            if (track.level(child) >= best.level()) {
                counted++;
                AssessedLevel childAssessed = track.assessed().get(child);
                CompetencyName childName = names.competency(child);
                records.add(childAssessed != null && childAssessed.level() >= best.level()
                        ? assessmentRef(childAssessed, childName)
                        : new RecordRef(RecordRef.Kind.COMPETENCY, String.valueOf(child), childName.name()));
            }
        }
        String share = (counted == children.size() ? "all " + counted : counted + " of its " + children.size())
                + (track.verified() ? " verified" : "") + " at level " + best.level() + " or above";
        return new Source(", reached through its sub-competencies (" + share + ")", "level " + best.level()
                + " is verified through its sub-competencies (" + share + ")", records);
    }

    private static RecordRef assessmentRef(AssessedLevel assessed, CompetencyName name) {
        return new RecordRef(RecordRef.Kind.ASSESSMENT, String.valueOf(assessed.assessmentId()),
                (assessed.verified() ? "Verified level " : "Your level ") + assessed.level() + " in " + name.name()
                        + " (" + name.frameworkTitle() + ")");
    }

    private static List<RecordRef> join(Source first, Source second) {
        List<RecordRef> records = new ArrayList<>(first.records());
        if (second != null) {
            second.records().stream().filter(r -> !records.contains(r)).forEach(records::add);
        }
        return records;
    }
}
