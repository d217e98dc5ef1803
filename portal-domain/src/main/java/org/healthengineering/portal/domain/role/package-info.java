/**
 * Role profiles such as Chief Healthcare Engineer: the qualifications (as nested all/any/at-least rules),
 * competencies with minimum levels, experience and authority a role expects.
 */
package org.healthengineering.portal.domain.role;
