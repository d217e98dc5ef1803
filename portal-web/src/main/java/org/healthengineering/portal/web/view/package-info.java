/**
 * Backing beans of the Faces pages, one per page, in packages that mirror the page paths. They turn page
 * events into service calls and service answers into messages; the rules live in the services and the domain.
 */
package org.healthengineering.portal.web.view;
