package org.healthengineering.portal.domain.account;

/**
 * The permission strings services check, in Shiro's {@code domain:action[:instance]} form. Roles grant them
 * (see {@link Role}); every signed-in account also holds {@link #OWN_ACCOUNT} and {@link #CATALOGUE_READ}.
 */
public final class Permissions {

    /** Change one's own password and API tokens, read one's own account. */
    public static final String OWN_ACCOUNT = "account:self";
    /** Log, revise and delete one's own CPD activities. */
    public static final String CPD_LOG = "cpd:log";
    /** List accounts and grant or revoke roles. */
    public static final String ACCOUNT_MANAGE = "account:manage";
    /** Read the audit trail. */
    public static final String AUDIT_READ = "audit:read";
    /** The portal's own state for operators: database product and version, schema version. */
    public static final String OPERATIONS_READ = "operations:read";
    /** Run the portal's routine jobs on demand (today: sending the CPD reminders that are due). */
    public static final String OPERATIONS_RUN = "operations:run";
    /** Read published frameworks, the qualifications catalogue and role profiles (every signed-in account). */
    public static final String CATALOGUE_READ = "catalogue:read";
    /** Create, edit, import, publish and retire frameworks and cross-walks. */
    public static final String FRAMEWORK_EDIT = "framework:edit";
    /** Maintain the qualifications catalogue. */
    public static final String QUALIFICATION_EDIT = "qualification:edit";
    /** Verify qualifications that engineers say they hold. */
    public static final String QUALIFICATION_VERIFY = "qualification:verify";
    /** Define and revise role profiles. */
    public static final String ROLE_EDIT = "role:edit";
    /** Create hospitals and assign their administrators and board viewers. */
    public static final String HOSPITAL_MANAGE = "hospital:manage";
    /** Create training providers and assign their members (body and system administrators). */
    public static final String PROVIDER_MANAGE = "provider:manage";
    /** Work as a member of a training provider: its courses and completions. */
    public static final String PROVIDER_WORK = "provider:work";

    /** A body's accreditation of courses: administrative checks, reviewers, decisions, conditions, withdrawal. */
    public static final String ACCREDITATION_MANAGE = "accreditation:manage";
    /** Review courses one is assigned to (assessors and body administrators). */
    public static final String ACCREDITATION_REVIEW = "accreditation:review";
    /** Open CPD audit campaigns, draw their samples, assign assessors, decide deferrals, outcomes and appeals. */
    public static final String CPD_AUDIT_MANAGE = "cpd-audit:manage";
    /** Assess (or moderate) the CPD audit profiles one is assigned. */
    public static final String CPD_AUDIT_ASSESS = "cpd-audit:assess";

    /** Define professional bodies and their CPD requirements. */
    public static final String BODY_MANAGE = "body:manage";

    /** Take part in mentoring as an engineer: find mentors, ask for one, ask for verification. */
    public static final String MENTORING = "mentoring:take-part";
    /** Publish a mentor profile, accept mentees, and verify their competencies. */
    public static final String MENTOR = "mentoring:mentor";
    /** Verify any engineer's competencies and settle disagreements between verifiers (assessors). */
    public static final String COMPETENCE_VERIFY = "competence:verify";

    /** Read national workforce aggregates (never one hospital's figures). */
    public static final String NATIONAL_WORKFORCE_READ = "workforce:national";

    /** Browse open vacancies, see one's eligibility for them, apply and follow one's applications. */
    public static final String VACANCY_APPLY = "vacancy:apply";

    /** Apply to a body for professional recognition, follow, withdraw and appeal one's applications. */
    public static final String RECOGNITION_APPLY = "recognition:apply";
    /** Define a body's recognition schemes, assign reviewers, arrange interviews, decide, decide appeals. */
    public static final String RECOGNITION_MANAGE = "recognition:manage";
    /** Review recognition applications one is assigned, and sit on interview panels (assessors and bodies). */
    public static final String RECOGNITION_REVIEW = "recognition:review";

    /** Hold credentials: one's wallet, downloads, share links, and importing credentials from other issuers. */
    public static final String CREDENTIAL_HOLD = "credential:hold";
    /** Revoke, suspend and reinstate issued credentials, and rotate issuers' keys or mark one compromised. */
    public static final String CREDENTIAL_MANAGE = "credential:manage";

    /** Read one hospital's own data (its administrators and board viewers hold it for their hospital). */
    public static String hospitalRead(long hospitalId) {
        return "hospital:read:" + hospitalId;
    }

    /** Change one hospital's details and leadership structure (its administrators). */
    public static String hospitalEdit(long hospitalId) {
        return "hospital:edit:" + hospitalId;
    }

    /** Assess one's own competencies, record one's qualifications and profile, and see one's readiness. */
    public static final String COMPETENCE_SELF = "competence:self";

    private Permissions() {
    }
}
