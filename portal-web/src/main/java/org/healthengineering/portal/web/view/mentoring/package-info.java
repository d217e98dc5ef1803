/** Backing beans for the mentoring pages: finding a mentor, a relationship, a mentor's profile, disputes. */
package org.healthengineering.portal.web.view.mentoring;
