package org.healthengineering.portal.application.cpdaudit;

import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.Moderation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An audit case as one kind of reader sees it: the case with its campaign and body, the names of the people in it,
 * the verdict the current grades come to, and for the registrant the activities of the period to choose from.
 *
 * @param audience         who reads it, which decides what a page or the API shows of it
 * @param readerId         the account reading it
 * @param names            display names by account id: the registrant and the assessors
 * @param periodActivities the registrant's activities in the audit period now (empty for other readers)
 */
public record CaseView(AuditCase auditCase, AuditCampaign campaign, ProfessionalBody body, Audience audience,
                       long readerId, Map<Long, String> names, Moderation.Verdict verdict, Set<String> disputed,
                       List<CpdActivity> periodActivities) implements Serializable {

    /** Who reads a case. */
    public enum Audience { REGISTRANT, ASSESSOR, BODY }

    public String name(Long accountId) {
        return accountId == null ? null : names.getOrDefault(accountId, "Account " + accountId);
    }
}
