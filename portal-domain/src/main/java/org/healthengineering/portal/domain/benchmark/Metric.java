package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.QuarterTotals;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The benchmarked metrics, each with its formula in words. A metric has no value (null, never zero) when its
 * inputs are missing or its denominator is zero. Staffing metrics come from the quarter's latest return;
 * leadership metrics from the hospital's current posts.
 */
public enum Metric {
    VACANCY_RATE("Vacancy rate", "%", "vacant FTE ÷ establishment FTE × 100, all staff groups", true,
            i -> staffing(i, t -> percent(t.vacancyFte(), t.establishmentFte()))),
    FTE_PER_100_BEDS("Engineering FTE per 100 beds", "FTE", "in-post FTE of all staff groups ÷ beds × 100", true,
            i -> staffing(i, t -> i.beds() == 0 ? null : t.inPostFte().doubleValue() / i.beds() * 100)),
    DEVICES_PER_FTE("Medical devices per engineering FTE", "devices", "medical devices in inventory ÷ in-post FTE",
            true, i -> staffing(i, t -> ratio(BigDecimal.valueOf(i.medicalDevices()), t.inPostFte()))),
    TECHNICIANS_PER_ENGINEER("Technicians per engineer", "ratio", "in-post FTE of clinical technologists and"
            + " patient-enablement technicians ÷ in-post FTE of clinical and patient-enablement engineers", true,
            i -> staffing(i, t -> ratio(t.technicianFte(), t.engineerFte()))),
    AGENCY_SHARE("Agency share", "%", "agency FTE ÷ (in-post FTE + agency FTE) × 100", true,
            i -> staffing(i, t -> percent(t.agencyFte(), t.inPostFte().add(t.agencyFte())))),
    TURNOVER("Turnover in the quarter", "%", "leavers in the quarter ÷ headcount × 100 (not annualised)", true,
            i -> staffing(i, t -> t.headcount() == 0 ? null : 100.0 * t.leavers() / t.headcount())),
    SHARE_AGED_55_PLUS("Share aged 55 and over", "%", "headcount aged 55+ ÷ headcount × 100", true,
            i -> staffing(i, t -> t.headcount() == 0 ? null : 100.0 * t.headcount55Plus() / t.headcount())),
    ENGINEERING_LEAD_POST("Chief Healthcare Engineer post", "yes/no", "1 when a Chief Healthcare Engineer or head"
            + " of engineering post is recorded, else 0; peers are summarised as the share that have one", false,
            i -> i.engineeringLeadPost() ? 1.0 : 0.0),
    PARITY_SCORE("Parity score", "%", "the overall parity scorecard figure (see the scorecard's formula); none when"
            + " no engineering lead or clinical chief is recorded", false,
            i -> i.parityScore() == null ? null : i.parityScore().doubleValue());

    private final String label;
    private final String unit;
    private final String formula;
    private final boolean quarterly;
    private final Function<MetricInputs, Double> value;

    Metric(String label, String unit, String formula, boolean quarterly, Function<MetricInputs, Double> value) {
        this.label = label;
        this.unit = unit;
        this.formula = formula;
        this.quarterly = quarterly;
        this.value = value;
    }

    /** The metric's value, or null when it cannot be computed. */
    public Double of(MetricInputs inputs) {
        return value.apply(inputs);
    }

    /** A yes/no metric: peers are summarised as a share, not by quartiles. */
    public boolean isYesNo() {
        return this == ENGINEERING_LEAD_POST;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public String getFormula() {
        return formula;
    }

    /** Whether the metric changes by quarter (staffing) or is the hospital's current state (leadership). */
    public boolean isQuarterly() {
        return quarterly;
    }

    private static Double staffing(MetricInputs inputs, Function<QuarterTotals, Double> formula) {
        return inputs.totals() == null ? null : formula.apply(inputs.totals());
    }

    private static Double percent(BigDecimal part, BigDecimal whole) {
        Double ratio = ratio(part, whole);
        return ratio == null ? null : ratio * 100;
    }

    private static Double ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.doubleValue() / denominator.doubleValue();
    }
}
