-- Objectives planned from a role's gaps kept the reason of the day as their description ("Not assessed yet.",
-- "Level 2 of 3."), which went stale as soon as the engineer assessed the competency. Where the engineer stands
-- is now judged each time an objective is shown; the stored reasons give way to where the objective came from.
-- (V13 is taken by the reminders work.)
UPDATE cpd_objective
SET description = CONCAT('Planned from your gaps for the role ',
                         (SELECT r.title FROM role_profile r WHERE r.code = cpd_objective.role_code), '.')
WHERE title LIKE 'Close the gap: %'
  AND role_code IS NOT NULL
  AND (description = 'Not assessed yet.'
       OR description LIKE 'Not verified yet by a mentor or an assessor%'
       OR description LIKE 'Level % of %.'
       OR description LIKE 'Verified level % of %.');
