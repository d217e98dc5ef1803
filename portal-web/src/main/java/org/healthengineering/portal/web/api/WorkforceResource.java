package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.benchmark.Workforce;
import org.healthengineering.portal.domain.benchmark.NationalWorkforce;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.staffing.Quarter;

import java.math.BigDecimal;
import java.util.List;

/** National workforce aggregates for professional bodies. */
@Path("workforce")
@Produces(MediaType.APPLICATION_JSON)
public class WorkforceResource {

    /** The national view; figures of a suppressed region are null and {@code suppressed} says why. */
    public record NationalJson(String quarter, int hospitalsReporting, FiguresJson total, List<FiguresJson> byStaffGroup,
                               List<FiguresJson> byRegion, List<NationalWorkforce.ProjectionYear> retirementProjection,
                               String projectionAssumption) {
    }

    /** Summed figures of a staff group, a region or everyone. */
    public record FiguresJson(String label, int hospitals, BigDecimal establishmentFte, BigDecimal inPostFte,
                              BigDecimal vacancyFte, BigDecimal agencyFte, Double vacancyRate, Long leavers,
                              Long headcountUnder35, Long headcount35To54, Long headcount55Plus, Double share55Plus,
                              String suppressed) {
        static FiguresJson of(NationalWorkforce.Figures f) {
            boolean shown = f.suppressed() == null;
            return new FiguresJson(f.label(), f.hospitals(), f.establishmentFte(), f.inPostFte(), f.vacancyFte(),
                    f.agencyFte(), shown ? f.vacancyRate() : null, shown ? f.leavers() : null,
                    shown ? f.headcountUnder35() : null, shown ? f.headcount35To54() : null,
                    shown ? f.headcount55Plus() : null, f.share55Plus(), f.suppressed());
        }
    }

    @Inject
    Workforce workforce;

    @GET
    @Path("national")
    @Operation(summary = "National workforce: totals by staff group and region, age profile, retirement projection",
            description = "Professional body administrators only. quarter = 2026-Q3 (default: the latest). Regions"
                    + " with fewer than 5 reporting hospitals are suppressed.")
    public NationalJson national(@QueryParam("quarter") String quarter) {
        NationalWorkforce view = workforce.national(quarter == null || quarter.isBlank() ? null
                : Quarter.parse(quarter, "quarter"));
        if (view == null) {
            throw new NotFoundException("Staffing returns", "any quarter");
        }
        return new NationalJson(view.quarter().toString(), view.hospitals(), FiguresJson.of(view.total()),
                view.byGroup().stream().map(FiguresJson::of).toList(),
                view.byRegion().stream().map(FiguresJson::of).toList(), view.projection(), NationalWorkforce.ASSUMPTION);
    }
}
