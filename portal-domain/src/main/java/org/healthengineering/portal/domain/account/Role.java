package org.healthengineering.portal.domain.account;

import java.util.Set;

/**
 * What someone does on the portal. A role is a bundle of permissions; services check permissions, never role
 * names, so a role can gain permissions as capabilities arrive without touching the services.
 */
public enum Role {
    ENGINEER("Engineer", Set.of(Permissions.CPD_LOG, Permissions.COMPETENCE_SELF, Permissions.MENTORING,
            Permissions.VACANCY_APPLY, Permissions.RECOGNITION_APPLY, Permissions.CREDENTIAL_HOLD)),
    MENTOR("Mentor", Set.of(Permissions.MENTOR)),
    HOSPITAL_ADMIN("Hospital administrator", Set.of()),
    BOARD_VIEWER("Board viewer", Set.of()),
    ASSESSOR("Assessor", Set.of(Permissions.QUALIFICATION_VERIFY, Permissions.COMPETENCE_VERIFY,
            Permissions.ACCREDITATION_REVIEW, Permissions.CPD_AUDIT_ASSESS, Permissions.RECOGNITION_REVIEW)),
    BODY_ADMIN("Professional body administrator", Set.of(Permissions.FRAMEWORK_EDIT, Permissions.QUALIFICATION_EDIT,
            Permissions.QUALIFICATION_VERIFY, Permissions.ROLE_EDIT, Permissions.NATIONAL_WORKFORCE_READ,
            Permissions.BODY_MANAGE, Permissions.PROVIDER_MANAGE, Permissions.ACCREDITATION_MANAGE,
            Permissions.ACCREDITATION_REVIEW, Permissions.CPD_AUDIT_MANAGE,
            Permissions.RECOGNITION_MANAGE, Permissions.RECOGNITION_REVIEW, Permissions.CREDENTIAL_MANAGE)),
    TRAINING_PROVIDER("Training provider", Set.of(Permissions.PROVIDER_WORK)),
    SYSTEM_ADMIN("System administrator", Set.of(Permissions.ACCOUNT_MANAGE, Permissions.AUDIT_READ,
            Permissions.HOSPITAL_MANAGE, Permissions.PROVIDER_MANAGE, Permissions.OPERATIONS_READ,
            Permissions.OPERATIONS_RUN));

    private final String label;
    private final Set<String> permissions;

    Role(String label, Set<String> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String getLabel() {
        return label;
    }

    public Set<String> getPermissions() {
        return permissions;
    }
}
