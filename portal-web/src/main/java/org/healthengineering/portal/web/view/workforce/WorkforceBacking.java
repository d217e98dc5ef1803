package org.healthengineering.portal.web.view.workforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.healthengineering.portal.application.benchmark.Workforce;
import org.healthengineering.portal.domain.benchmark.NationalWorkforce;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.web.faces.Choice;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** National aggregates by staff group and region, the age profile and the retirement projection. */
@Named
@ViewScoped
public class WorkforceBacking implements Serializable {

    @Inject
    Workforce workforce;

    private String quarter;
    private List<String> quarters;
    private NationalWorkforce view;

    public void load() {
        quarters = workforce.quarters().stream().map(Quarter::toString).toList();
        compute();
    }

    public void compute() {
        view = workforce.national(quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter, "quarter"));
        if (view != null) {
            quarter = view.quarter().toString();
        }
    }

    /** The projection as a Chart.js line chart: FTE to replace against today's vacancies. */
    public String getProjectionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder retired = Json.createArrayBuilder();
        JsonArrayBuilder vacancies = Json.createArrayBuilder();
        for (NationalWorkforce.ProjectionYear year : view.projection()) {
            labels.add("Year " + year.year());
            retired.add(Math.round(year.retiredFte()));
            vacancies.add(Math.round(view.total().vacancyFte().doubleValue()));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "FTE retired (cumulative)").add("data", retired)
                                .add("borderColor", "#b4451f").add("backgroundColor", "#b4451f"))
                        .add(Json.createObjectBuilder().add("label", "Today's vacancies (FTE)").add("data", vacancies)
                                .add("borderColor", "#1d3557").add("backgroundColor", "#1d3557")
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4)))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format(Locale.UK, "%.1f%%", value);
    }

    public String fte(Number value) {
        return value == null ? "—" : String.format(Locale.UK, "%,.1f", value.doubleValue());
    }

    public String getAssumption() {
        return NationalWorkforce.ASSUMPTION;
    }

    public String getQuarter() { return quarter; }
    public void setQuarter(String quarter) { this.quarter = quarter; }
    public List<String> getQuarters() { return quarters; }

    public List<Choice> getQuarterChoices() {
        return Choice.ofTexts(quarters, quarter);
    }
    public NationalWorkforce getView() { return view; }
}
