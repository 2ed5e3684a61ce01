-- Whole-cohort statistics (EmploymentStatistics) join a cohort's graduates to their current
-- destinations and count by college, major and degree. With the columns they read in the indexes,
-- both sides are index-only scans: at 50,000 graduates per cohort that avoids reading some 12,000
-- heap pages of wide graduate and outcome rows (docs/PERFORMANCE.md, "Employment statistics").
-- Same keys as before, so every other query that used them still does.
drop index graduate_cohort_idx;
create index graduate_cohort_idx on graduate (graduation_year, college, major, degree) include (id);

drop index outcome_current_cohort_idx;
create index outcome_current_cohort_idx on outcome (cohort_year, graduate_id) include (category, evidence)
    where superseded_at is null;
