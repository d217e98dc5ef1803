package org.healthengineering.portal.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An entry of the qualifications catalogue that body administrators maintain. */
@Entity
@Table(name = "qualification")
public class Qualification implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACHIEVEMENT_REF_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "awarding_body", nullable = false, length = 200)
    private String awardingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private QualificationKind kind;

    @Column(name = "level")
    private Integer level;

    @Column(name = "renewal_months")
    private Integer renewalMonths;

    @Column(name = "achievement_ref", length = ACHIEVEMENT_REF_LENGTH)
    private String achievementRef;

    @Column(name = "achievement_issuer", length = ACHIEVEMENT_REF_LENGTH)
    private String achievementIssuer;

    protected Qualification() {
    }

    public Qualification(String code, String name, String awardingBody, QualificationKind kind, Integer level,
                         Integer renewalMonths) {
        describe(code, name, awardingBody, kind, level, renewalMonths);
    }

    public static List<FieldProblem> problems(String code, String name, String awardingBody, QualificationKind kind,
                                              Integer level, Integer renewalMonths) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !code.trim().matches("[A-Za-z0-9._\\-]{1,40}")) {
            problems.add(new FieldProblem("code", "Use 1–40 letters, digits, dots, dashes or underscores."));
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("name", "Give the qualification's name (at most 200 characters)."));
        }
        if (awardingBody == null || awardingBody.isBlank() || awardingBody.trim().length() > 200) {
            problems.add(new FieldProblem("awardingBody", "Name the awarding body (at most 200 characters)."));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose the kind of qualification."));
        }
        if (level != null && (level < 1 || level > 8)) {
            problems.add(new FieldProblem("level", "RQF/EQF levels run from 1 to 8."));
        }
        if (renewalMonths != null && (renewalMonths < 1 || renewalMonths > 120)) {
            problems.add(new FieldProblem("renewalMonths", "A renewal period is 1 to 120 months."));
        }
        return problems;
    }

    public final void describe(String code, String name, String awardingBody, QualificationKind kind, Integer level,
                               Integer renewalMonths) {
        org.healthengineering.portal.domain.shared.InvalidInputException.throwIfAny(
                problems(code, name, awardingBody, kind, level, renewalMonths));
        this.code = code.trim();
        this.name = name.trim();
        this.awardingBody = awardingBody.trim();
        this.kind = kind;
        this.level = level;
        this.renewalMonths = renewalMonths;
    }

    /**
     * Names the Open Badges achievement (its {@code id}, a URI) whose credentials prove the qualification, and the
     * issuer (its {@code id}: an https URL or a DID) trusted to award it: a credential for that achievement from that
     * issuer, imported by an engineer and verified on arrival, then counts as holding it. Both blank remove the link.
     */
    public void provedBy(String achievementId, String issuerId) {
        org.healthengineering.portal.domain.shared.InvalidInputException.throwIfAny(
                achievementProblems(achievementId, issuerId));
        String achievement = achievementId == null ? "" : achievementId.strip();
        String issuer = issuerId == null ? "" : issuerId.strip();
        achievementRef = achievement.isEmpty() ? null : achievement;
        achievementIssuer = issuer.isEmpty() ? null : issuer;
    }

    /** What is wrong with an achievement and its issuer for {@link #provedBy}, if anything. */
    public static List<FieldProblem> achievementProblems(String achievementId, String issuerId) {
        String achievement = achievementId == null ? "" : achievementId.strip();
        String issuer = issuerId == null ? "" : issuerId.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!uri(achievement)) {
            problems.add(new FieldProblem("achievementId", "Give the achievement's id as an https, urn or did URI"
                    + " of at most " + ACHIEVEMENT_REF_LENGTH + " characters."));
        }
        if (!uri(issuer)) {
            problems.add(new FieldProblem("achievementIssuer", "Give the issuer's id as an https, urn or did URI"
                    + " of at most " + ACHIEVEMENT_REF_LENGTH + " characters."));
        }
        if (problems.isEmpty() && achievement.isEmpty() != issuer.isEmpty()) {
            problems.add(new FieldProblem(achievement.isEmpty() ? "achievementId" : "achievementIssuer",
                    "Give both the achievement and the issuer trusted to award it, or neither."));
        }
        return problems;
    }

    private static boolean uri(String text) {
        return text.length() <= ACHIEVEMENT_REF_LENGTH
                && (text.isEmpty() || text.matches("(?i)(https://|urn:|did:)\\S+"));
    }

    /** The issuer trusted to award {@link #getAchievementRef()}, or {@code null}. */
    public String getAchievementIssuer() {
        return achievementIssuer;
    }

    /** The Open Badges achievement whose credentials prove it, or {@code null}. */
    public String getAchievementRef() {
        return achievementRef;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public Integer getLevel() {
        return level;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }
}
