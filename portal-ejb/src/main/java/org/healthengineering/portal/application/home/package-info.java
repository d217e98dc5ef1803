/**
 * The home page of each role: what a person comes to the portal to see first, read in a fixed number of SQL
 * statements per section ({@link org.healthengineering.portal.application.home.Homes}), and the choices a person
 * makes about it ({@link org.healthengineering.portal.application.home.HomeChoices}).
 */
package org.healthengineering.portal.application.home;
