-- Evidence files may also support a self-assessment of a competency (then they belong to no activity).

ALTER TABLE evidence_file MODIFY COLUMN activity_id BIGINT NULL;
ALTER TABLE evidence_file ADD COLUMN assessment_id BIGINT NULL;
ALTER TABLE evidence_file
    ADD CONSTRAINT fk_evidence_file_assessment FOREIGN KEY (assessment_id) REFERENCES competency_assessment (id) ON DELETE CASCADE;
CREATE INDEX ix_evidence_file_assessment ON evidence_file (assessment_id);
