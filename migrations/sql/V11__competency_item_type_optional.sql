-- A competency imported without an item type (CASE CFItemType is optional) stores none, so exports leave it out
-- again; the portal shows such a node as a "Competency". Types stored before this migration are kept as they are.
ALTER TABLE competency MODIFY COLUMN item_type VARCHAR(60) NULL;
