/** The page benchmark's reference: a bare PrimeFaces page deployed beside the portal on the same Payara Micro. */
package org.healthengineering.portal.launcher.bare;
