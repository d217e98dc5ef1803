/** Changes to how Faces and PrimeFaces render, made once for every page. */
package org.healthengineering.portal.web.faces;
