package org.healthengineering.portal.domain.staffing;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A hospital's staffing for one quarter summed over the staff groups: what every staffing metric is computed
 * from. Engineers are clinical and patient-enablement engineers; technicians are clinical technologists and
 * patient-enablement technicians.
 */
public record QuarterTotals(BigDecimal establishmentFte, BigDecimal inPostFte, BigDecimal vacancyFte,
                            BigDecimal agencyFte, BigDecimal engineerFte, BigDecimal technicianFte, int leavers,
                            int headcount, int headcount55Plus) {

    public static QuarterTotals of(Collection<StaffingLine> lines) {
        BigDecimal establishment = BigDecimal.ZERO;
        BigDecimal inPost = BigDecimal.ZERO;
        BigDecimal vacancy = BigDecimal.ZERO;
        BigDecimal agency = BigDecimal.ZERO;
        BigDecimal engineers = BigDecimal.ZERO;
        BigDecimal technicians = BigDecimal.ZERO;
        int leavers = 0;
        int headcount = 0;
        int older = 0;
        for (StaffingLine line : lines) {
            establishment = establishment.add(line.getEstablishmentFte());
            inPost = inPost.add(line.getInPostFte());
            vacancy = vacancy.add(line.getVacancyFte());
            agency = agency.add(line.getAgencyFte());
            if (line.getGroup().getSide() == StaffGroup.Side.ENGINEER) {
                engineers = engineers.add(line.getInPostFte());
            } else if (line.getGroup().getSide() == StaffGroup.Side.TECHNICIAN) {
                technicians = technicians.add(line.getInPostFte());
            }
            leavers += line.getLeavers();
            headcount += line.headcount();
            older += line.getHeadcount55Plus();
        }
        return new QuarterTotals(establishment, inPost, vacancy, agency, engineers, technicians, leavers, headcount,
                older);
    }
}
