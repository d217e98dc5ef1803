/**
 * The eligibility engine behind applications for hospital vacancies and for professional recognition: typed
 * {@link org.healthengineering.portal.domain.eligibility.Criterion criteria} judged one by one against
 * {@link org.healthengineering.portal.domain.eligibility.EligibilityFacts facts} a service loads in a fixed number
 * of queries. Each {@link org.healthengineering.portal.domain.eligibility.Finding finding} says whether the
 * criterion is met on verified records, met on the engineer's own word, not met, or for a person to judge, why, and
 * which records it rests on. The engine never rejects anyone; it only reports. Pure computation: nothing here
 * queries.
 */
package org.healthengineering.portal.domain.eligibility;
