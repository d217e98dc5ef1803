package org.healthengineering.portal.application.cpdaudit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link CaseView}s for the use cases that have checked who reads them. */
@ApplicationScoped
public class CaseViews {

    @Inject
    AuditLookups lookups;

    @Inject
    Caller caller;

    CaseView of(AuditCase auditCase, CaseView.Audience audience) {
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        Map<Long, String> names = new HashMap<>();
        names.put(auditCase.getRegistrantId(), lookups.name(auditCase.getRegistrantId()));
        for (CaseAssessment a : auditCase.currentAssessments()) {
            names.put(a.getAssessorId(), lookups.name(a.getAssessorId()));
        }
        return new CaseView(auditCase, campaign, lookups.body(campaign.getBodyId()), audience, caller.accountId(), names,
                auditCase.verdict(campaign.standardCodes()), auditCase.disputed(campaign.standardCodes()),
                audience == CaseView.Audience.REGISTRANT
                        ? lookups.activitiesInPeriod(auditCase.getRegistrantId(), campaign) : List.of());
    }
}
