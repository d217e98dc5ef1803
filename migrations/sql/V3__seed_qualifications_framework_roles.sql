-- Seed data shipped with the portal (in our own words): the qualifications catalogue, a starter competency
-- framework of our own, and role profiles that refer to it. Body administrators may edit all of it.

INSERT INTO qualification (id, code, name, awarding_body, kind, level, renewal_months) VALUES
    (1, 'CENG', 'Chartered Engineer (CEng)', 'Engineering Council', 'PROFESSIONAL_REGISTRATION', 7, NULL),
    (2, 'IENG', 'Incorporated Engineer (IEng)', 'Engineering Council', 'PROFESSIONAL_REGISTRATION', 6, NULL),
    (3, 'ENGTECH', 'Engineering Technician (EngTech)', 'Engineering Council', 'PROFESSIONAL_REGISTRATION', 3, NULL),
    (4, 'HCPC-CS', 'Clinical Scientist registration', 'Health and Care Professions Council', 'HCPC_REGISTRATION', NULL, 24),
    (5, 'RCT', 'Registered Clinical Technologist', 'Register of Clinical Technologists', 'RCT_AHCS_REGISTRATION', NULL, 12),
    (6, 'AHCS-PTP', 'Practitioner Training Programme certificate', 'Academy for Healthcare Science', 'RCT_AHCS_REGISTRATION', 6, NULL),
    (7, 'MSC-CE', 'MSc in Clinical Engineering', 'A UK university', 'DEGREE', 7, NULL),
    (8, 'BENG', 'Bachelor''s degree in an engineering discipline', 'A UK university', 'DEGREE', 6, NULL),
    (9, 'IPEM', 'Membership of IPEM', 'Institute of Physics and Engineering in Medicine', 'MEMBERSHIP', NULL, 12),
    (10, 'SOCIAL-CARE', 'Certificate in social care practice', 'A recognised awarding organisation', 'CERTIFICATE', 3, NULL),
    (11, 'LEADERSHIP', 'Certificate in healthcare leadership and management', 'A recognised awarding organisation', 'CERTIFICATE', 5, NULL);

INSERT INTO framework (id, code, title, publisher, description, licence, version_label, status, case_identifier,
                       case_uri, proficient_from, previous_version_id, created_at, published_at, retired_at, version)
VALUES (1, 'HEP-CORE', 'Healthcare Engineering Core Competencies', 'Healthcare Engineering Portal',
        'A starter framework written for the portal: the competencies that healthcare engineering roles, from clinical technologist to Chief Healthcare Engineer, draw on.',
        'Written for the Healthcare Engineering Portal; free to use and adapt.', '1.0', 'PUBLISHED',
        'f33bd032-e30c-5af0-a65e-9871bba678c2', NULL, 3, NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00', NULL, 0);

INSERT INTO proficiency_level (framework_id, level_no, label, description) VALUES
    (1, 1, 'Aware', 'Knows what the competency covers and where to find guidance.'),
    (1, 2, 'Assisted practice', 'Practises it with supervision or guidance.'),
    (1, 3, 'Independent practice', 'Practises it reliably without supervision.'),
    (1, 4, 'Leads others', 'Leads and checks the work of others in it; improves how it is done.'),
    (1, 5, 'Sets direction', 'Sets the direction for it across an organisation or beyond.');

INSERT INTO competency (id, framework_id, parent_id, code, title, statement, item_type, sort_order, case_identifier, case_uri, proficient_from) VALUES
    (1, 1, NULL, 'TECH', 'Medical technology life cycle', 'Manages medical devices and systems from specification to disposal.', 'Domain', 1, 'fdbb5429-4863-53c9-99d8-a2e40ec91c3d', NULL, NULL),
    (2, 1, 1, 'TECH.1', 'Specify and procure medical devices', 'Turns clinical needs into specifications and evaluates devices and suppliers against them.', 'Competency', 1, 'b7872022-4b41-5c67-a300-fb4570b16f88', NULL, NULL),
    (3, 1, 1, 'TECH.2', 'Maintain and calibrate equipment safely', 'Plans and carries out maintenance and calibration so equipment stays safe and accurate.', 'Competency', 2, '440d6be4-cdb3-5f20-a2ea-a850c05a8c9b', NULL, NULL),
    (4, 1, 1, 'TECH.3', 'Manage device risk and incidents', 'Identifies device hazards, investigates incidents and puts lasting fixes in place.', 'Competency', 3, '78d73dba-833f-54fb-80c7-b4e63ff3171e', NULL, NULL),
    (5, 1, 1, 'TECH.4', 'Secure networked medical systems', 'Keeps connected devices and the networks they rely on available, correct and secure.', 'Competency', 4, 'a7f11e65-21d9-5998-b07e-1af9fc44e0d9', NULL, NULL),
    (6, 1, 1, 'TECH.5', 'Decommission and dispose responsibly', 'Takes equipment out of service safely, with data removed and waste handled properly.', 'Competency', 5, '107e828d-5dc8-5b8c-ba32-425324c3e296', NULL, NULL),
    (7, 1, NULL, 'LEAD', 'Leadership and governance', 'Leads engineering services and shapes decisions at board level.', 'Domain', 2, '7b8a571a-b8c6-54ef-a3ae-05485fe88ca3', NULL, NULL),
    (8, 1, 7, 'LEAD.1', 'Lead an engineering service', 'Runs a team or department: priorities, people, performance and quality.', 'Competency', 1, '54fdac29-6e6e-5b5f-9c25-b573a0aa34b9', NULL, NULL),
    (9, 1, 7, 'LEAD.2', 'Plan capital and budgets', 'Plans equipment replacement and investment and manages the budget for it.', 'Competency', 2, '4e1bde92-7c08-554c-b444-6708d5e94246', NULL, NULL),
    (10, 1, 7, 'LEAD.3', 'Advise the board on technology risk', 'Gives the board clear, independent advice on the risks and benefits of technology.', 'Competency', 3, 'd1a6ac3f-33b0-5855-bc8c-f83571428f78', NULL, NULL),
    (11, 1, 7, 'LEAD.4', 'Set engineering policy', 'Writes and owns policies for the safe use of technology across the organisation.', 'Competency', 4, '48f99fda-0014-515c-aa40-36efaf4e3e48', NULL, NULL),
    (12, 1, NULL, 'CARE', 'Clinical and social care practice', 'Works with clinical and social care colleagues around the patient.', 'Domain', 3, 'c443eb0e-3dc0-58c6-873a-c81ddd100fc8', NULL, NULL),
    (13, 1, 12, 'CARE.1', 'Work alongside clinical teams', 'Understands clinical workflows and works within them safely.', 'Competency', 1, '715e7378-423e-58ec-9faf-b02334d7c0cd', NULL, NULL),
    (14, 1, 12, 'CARE.2', 'Support patients and carers at home', 'Sets up and supports technology that people use at home, with them and their carers.', 'Competency', 2, 'a6b149fb-2777-5304-b2f1-3b935426ea83', NULL, NULL),
    (15, 1, 12, 'CARE.3', 'Coordinate between acute and social care', 'Keeps equipment and support continuous as people move between hospital and social care.', 'Competency', 3, '09fe24c4-fc24-5d12-9064-adac2b92cefa', NULL, NULL),
    (16, 1, NULL, 'PEOPLE', 'Communication and people', 'Communicates, develops others and serves the people who use the service.', 'Domain', 4, '6c4124b7-b377-5dde-9422-1612037d851f', NULL, NULL),
    (17, 1, 16, 'PEOPLE.1', 'Explain technical matters to non-engineers', 'Explains technical issues and choices clearly to clinicians, managers and the public.', 'Competency', 1, '0a3a84e6-fdfa-5c7d-9ccb-21718cb6d7f1', NULL, NULL),
    (18, 1, 16, 'PEOPLE.2', 'Develop and mentor staff', 'Helps others build their competence through mentoring, teaching and feedback.', 'Competency', 2, '601f6fa7-e684-50f0-824b-f2ab3bb230a8', NULL, NULL),
    (19, 1, 16, 'PEOPLE.3', 'Serve patients and service users', 'Treats patients and service users as customers: listens, explains and follows through.', 'Competency', 3, '8a8beaa3-2529-52de-85db-d97e4622aded', NULL, NULL),
    (20, 1, NULL, 'PROF', 'Professional commitment', 'Keeps competence current and acts with integrity.', 'Domain', 5, 'fffff007-b3cc-5319-81fb-a3cfec9f8dac', NULL, NULL),
    (21, 1, 20, 'PROF.1', 'Keep competence current', 'Plans, records and reflects on continuing professional development.', 'Competency', 1, 'acd0cbc6-db3e-5661-af7a-4c728d12e88a', NULL, NULL),
    (22, 1, 20, 'PROF.2', 'Act ethically and safely', 'Puts patient safety first and speaks up when something is wrong.', 'Competency', 2, '2dd6032d-fd88-5041-bb8a-e45d143d83ea', NULL, NULL);

INSERT INTO role_profile (id, code, title, summary, min_years, responsibility_level, authority_notes, version) VALUES
    (1, 'CHE', 'Chief Healthcare Engineer', 'The most senior engineer of a hospital, accountable to the board for the safe, effective and affordable use of medical technology and engineering services; holds professional parity with the Head of Surgery, the Chief Nurse and the Chief Pharmacist.', 15, 6, 'Board-level post with parity of grade, budget authority and decision powers with the clinical chiefs: procurement sign-off, a medical device safety veto, capital planning and leading incident investigations.', 0),
    (2, 'PEE', 'Patient-Enablement Engineer', 'Works between acute and social care with clinical colleagues so that people can use the technology they need at home and in the community.', 5, 4, 'Leads technology support for people moving between hospital and social care; advises care providers.', 0),
    (3, 'PET', 'Patient-Enablement Technician', 'Sets up, maintains and supports technology in people''s homes and in social care settings.', 2, 3, 'Works to a Patient-Enablement Engineer; authorised to install and maintain equipment in the community.', 0),
    (4, 'CE', 'Clinical Engineer', 'Owns the whole life of medical devices, including networked systems: specification, procurement, maintenance, risk management and decommissioning.', 3, 4, 'Signs off device specifications and maintenance regimes; leads device incident investigations.', 0),
    (5, 'CT', 'Clinical Technologist', 'Maintains, calibrates and supports medical equipment in clinical areas.', 1, 3, 'Works to a Clinical Engineer; authorised to release equipment for clinical use after maintenance.', 0);

INSERT INTO qualification_rule (id, role_id, parent_rule_id, rule_kind, min_count, description, sort_order) VALUES
    (1, 1, NULL, 'ANY', 1, 'Chartered registration: CEng, or IEng with an MSc', 1),
    (2, 1, 1, 'ALL', 0, 'IEng with an MSc in clinical engineering', 1),
    (3, 1, NULL, 'ANY', 1, 'Leadership and management training', 2),
    (4, 2, NULL, 'ANY', 1, 'Engineering registration (IEng or CEng)', 1),
    (5, 2, NULL, 'ANY', 1, 'Social care knowledge', 2),
    (6, 3, NULL, 'ANY', 1, 'Technician registration (EngTech or RCT)', 1),
    (7, 3, NULL, 'ANY', 1, 'Social care knowledge', 2),
    (8, 4, NULL, 'AT_LEAST', 1, 'Registration as a clinical scientist or engineer', 1),
    (9, 4, NULL, 'ANY', 1, 'A degree in engineering', 2),
    (10, 5, NULL, 'ANY', 1, 'Technologist registration (RCT or EngTech)', 1);

INSERT INTO qualification_rule_option (rule_id, qualification_id) VALUES
    (1, 1),
    (2, 2),
    (2, 7),
    (3, 11),
    (4, 2),
    (4, 1),
    (5, 10),
    (6, 3),
    (6, 5),
    (7, 10),
    (8, 4),
    (8, 1),
    (8, 2),
    (9, 7),
    (9, 8),
    (10, 5),
    (10, 3);

INSERT INTO role_competency (role_id, competency_id, min_level) VALUES
    (1, 8, 4),
    (1, 9, 4),
    (1, 10, 4),
    (1, 11, 4),
    (1, 4, 4),
    (1, 17, 4),
    (1, 18, 3),
    (1, 22, 4),
    (2, 13, 3),
    (2, 14, 4),
    (2, 15, 3),
    (2, 19, 4),
    (2, 3, 3),
    (2, 8, 2),
    (3, 14, 3),
    (3, 19, 3),
    (3, 3, 3),
    (4, 2, 3),
    (4, 3, 3),
    (4, 4, 3),
    (4, 5, 3),
    (4, 21, 3),
    (5, 3, 3),
    (5, 6, 2),
    (5, 21, 2);
