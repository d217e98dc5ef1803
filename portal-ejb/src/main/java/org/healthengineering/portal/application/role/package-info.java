/** Role profile use cases: everyone reads them; body administrators define and revise them. */
package org.healthengineering.portal.application.role;
