package org.healthengineering.portal.domain.cpdaudit;

/** Where an audit campaign stands: opened (its terms may change), then sampled (the selection is recorded for good). */
public enum CampaignStatus {
    OPEN, SAMPLED
}
