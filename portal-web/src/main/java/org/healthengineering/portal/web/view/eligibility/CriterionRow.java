package org.healthengineering.portal.web.view.eligibility;

import org.healthengineering.portal.domain.eligibility.CpdCycle;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;

import java.io.Serializable;

/**
 * One eligibility criterion as a form holds it (a vacancy's person specification, a recognition scheme's
 * eligibility): every column of the engine's {@link Criterion}, each kind using only its own; the service checks
 * them and names each problem. Rendered by the include {@code criterion-fields.xhtml}.
 */
public class CriterionRow implements Serializable {

    private CriterionKind kind;
    private Long qualificationId;
    private Long bodyId;
    private Long competencyId;
    private Integer minLevel;
    private boolean verifiedOnly;
    private Integer minYears;
    private CpdCycle cycle;
    private String roleCode;
    private Integer minPercent;
    private String text;

    /** The row of a stored criterion, to change it. */
    public static CriterionRow of(Criterion c) {
        CriterionRow row = new CriterionRow();
        row.fill(c);
        return row;
    }

    protected void fill(Criterion c) {
        kind = c.getKind();
        qualificationId = c.getQualificationId();
        bodyId = c.getBodyId();
        competencyId = c.getCompetencyId();
        minLevel = c.getMinLevel();
        verifiedOnly = c.isVerifiedOnly();
        minYears = c.getMinYears();
        cycle = c.getCycle();
        roleCode = c.getRoleCode();
        minPercent = c.getMinPercent();
        text = c.getText();
    }

    /** The criterion as given, unchecked. */
    public Criterion.Given criterion() {
        return new Criterion.Given(kind, qualificationId, bodyId, competencyId, minLevel, verifiedOnly, minYears, cycle,
                roleCode, minPercent, text);
    }

    public CriterionKind getKind() { return kind; }
    public void setKind(CriterionKind kind) { this.kind = kind; }
    public Long getQualificationId() { return qualificationId; }
    public void setQualificationId(Long qualificationId) { this.qualificationId = qualificationId; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public Integer getMinLevel() { return minLevel; }
    public void setMinLevel(Integer minLevel) { this.minLevel = minLevel; }
    public boolean isVerifiedOnly() { return verifiedOnly; }
    public void setVerifiedOnly(boolean verifiedOnly) { this.verifiedOnly = verifiedOnly; }
    public Integer getMinYears() { return minYears; }
    public void setMinYears(Integer minYears) { this.minYears = minYears; }
    public CpdCycle getCycle() { return cycle; }
    public void setCycle(CpdCycle cycle) { this.cycle = cycle; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public Integer getMinPercent() { return minPercent; }
    public void setMinPercent(Integer minPercent) { this.minPercent = minPercent; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
