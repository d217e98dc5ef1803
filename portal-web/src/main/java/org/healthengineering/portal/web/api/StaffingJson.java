package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.staffing.StaffingReturns;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.healthengineering.portal.domain.staffing.StaffingLine;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Staffing returns as JSON. */
public final class StaffingJson {

    private StaffingJson() {
    }

    /** A return as sent ({@code quarter}, {@code note}, {@code lines}) and as answered (the rest too). */
    public record Return(Long id, String hospital, String quarter, Integer revision, String submittedBy, String submittedAt,
                  String source, String note, List<Line> lines) {
        static Return of(String hospital, StaffingReturn r) {
            return new Return(r.getId(), hospital, r.getPeriod(), r.getRevision(), r.getSubmittedByEmail(),
                    r.getSubmittedAt().toString(), r.getSource().name(), r.getNote(),
                    r.getLines().stream().map(Line::of).toList());
        }

        List<StaffingLine.Figures> figures() {
            if (lines == null) {
                throw InvalidInputException.of("lines", "Send a line for every staff group.");
            }
            List<StaffingLine.Figures> figures = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line == null) {
                    throw InvalidInputException.of("lines[" + i + "]", "A line cannot be null.");
                }
                figures.add(new StaffingLine.Figures(ApiInput.enumOf(StaffGroup.class, line.staffGroup(),
                        "lines[" + i + "].staffGroup"), line.establishmentFte(), line.inPostFte(), line.vacancyFte(),
                        line.agencyFte(), line.leavers(), line.headcountUnder35(), line.headcount35To54(),
                        line.headcount55Plus()));
            }
            return figures;
        }
    }

    /** One staff group's figures. */
    public record Line(String staffGroup, BigDecimal establishmentFte, BigDecimal inPostFte, BigDecimal vacancyFte,
                BigDecimal agencyFte, Integer leavers, Integer headcountUnder35, Integer headcount35To54,
                Integer headcount55Plus) {
        static Line of(StaffingLine l) {
            return new Line(l.getGroup().name(), l.getEstablishmentFte(), l.getInPostFte(), l.getVacancyFte(),
                    l.getAgencyFte(), l.getLeavers(), l.getHeadcountUnder35(), l.getHeadcount35To54(),
                    l.getHeadcount55Plus());
        }
    }

    /** What an upload saved. */
    public record Uploaded(int returns, List<StaffingReturns.Saved> saved) {
    }
}
