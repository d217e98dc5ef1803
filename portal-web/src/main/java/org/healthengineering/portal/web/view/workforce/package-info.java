/** The national workforce page for professional bodies. */
package org.healthengineering.portal.web.view.workforce;
