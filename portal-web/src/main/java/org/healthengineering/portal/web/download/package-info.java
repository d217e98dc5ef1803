/** Plain downloads for pages: evidence files and CPD portfolios, served to the signed-in owner. */
package org.healthengineering.portal.web.download;
