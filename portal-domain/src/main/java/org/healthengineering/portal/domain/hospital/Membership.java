package org.healthengineering.portal.domain.hospital;

/** How an account belongs to a hospital: administering it (HOSPITAL_ADMIN) or viewing it (BOARD_VIEWER). */
public enum Membership {
    ADMIN, BOARD
}
