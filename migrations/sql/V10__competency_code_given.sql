-- A competency imported without a code (CASE humanCodingScheme is optional) shows one made from its identifier;
-- code_given remembers whether the code came with it, so exports leave a made one out again.
-- Competencies stored before this migration keep exporting their code, as they always did.
ALTER TABLE competency ADD COLUMN code_given BOOLEAN NOT NULL DEFAULT TRUE;
