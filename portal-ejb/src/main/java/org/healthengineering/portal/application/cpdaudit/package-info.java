/**
 * CPD audit by random sample (issue 11): body administrators open campaigns and draw reproducible samples, sampled
 * registrants respond and submit their profiles, assessors grade the profiles assigned to them, and a daily job
 * reminds and closes cases at their deadline.
 */
package org.healthengineering.portal.application.cpdaudit;
