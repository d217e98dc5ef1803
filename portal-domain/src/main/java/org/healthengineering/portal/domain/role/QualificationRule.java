package org.healthengineering.portal.domain.role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.qualification.HeldStatus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One rule about qualifications: ALL, ANY or AT_LEAST n of its options, where an option is a qualification or a
 * nested rule. "CEng, or IEng with an MSc" is ANY of {CEng, ALL of {IEng, MSc}}.
 */
@Entity
@Table(name = "qualification_rule")
public class QualificationRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id", nullable = false)
    private RoleProfile role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_rule_id")
    private QualificationRule parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 20)
    private RuleKind kind;

    @Column(name = "min_count", nullable = false)
    private int minCount;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qualification_rule_option", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "qualification_id")
    private Set<Long> qualificationIds = new HashSet<>();

    protected QualificationRule() {
    }

    public QualificationRule(RoleProfile role, QualificationRule parent, RuleKind kind, int minCount,
                             String description, Set<Long> qualificationIds, int sortOrder) {
        this.role = role;
        this.parent = parent;
        this.kind = kind;
        this.minCount = kind == RuleKind.AT_LEAST ? minCount : kind == RuleKind.ANY ? 1 : 0;
        this.description = description;
        this.qualificationIds = new HashSet<>(qualificationIds);
        this.sortOrder = sortOrder;
        if (kind == RuleKind.AT_LEAST && minCount < 1) {
            throw new IllegalArgumentException("AT_LEAST needs a count of 1 or more");
        }
    }

    /**
     * How far the options held meet this rule.
     *
     * @param held     status of each qualification the engineer holds, by qualification id
     * @param children the nested rules of each rule
     * @param names    the name of each qualification, for the explanation
     */
    public Outcome evaluate(Map<Long, HeldStatus> held, Function<QualificationRule, List<QualificationRule>> children,
                            Function<Long, String> names) {
        List<String> met = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Long qualificationId : qualificationIds) {
            HeldStatus status = held.get(qualificationId);
            String name = names.apply(qualificationId);
            if (status == null) {
                missing.add(name + " (not held)");
            } else if (!status.counts()) {
                missing.add(name + " (expired)");
            } else {
                met.add(status == HeldStatus.UNVERIFIED ? name + " (not yet verified)" : name);
            }
        }
        for (QualificationRule child : children.apply(this)) {
            Outcome outcome = child.evaluate(held, children, names);
            (outcome.met() ? met : missing).add(outcome.met() ? child.description
                    : child.description + " [" + String.join("; ", outcome.missing()) + "]");
        }
        int options = met.size() + missing.size();
        int needed = switch (kind) {
            case ALL -> options;
            case ANY -> options == 0 ? 0 : 1;
            case AT_LEAST -> minCount;
        };
        double score = needed == 0 ? 1.0 : Math.min(1.0, (double) met.size() / needed);
        return new Outcome(met.size() >= needed, score, met, missing, needed);
    }

    /** The result of a rule: met or not, a score from 0 to 1, and which options were and were not met. */
    public record Outcome(boolean met, double score, List<String> satisfied, List<String> missing, int needed) {
    }

    public Long getId() {
        return id;
    }

    public QualificationRule getParent() {
        return parent;
    }

    public RuleKind getKind() {
        return kind;
    }

    public int getMinCount() {
        return minCount;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<Long> getQualificationIds() {
        return Set.copyOf(qualificationIds);
    }
}
