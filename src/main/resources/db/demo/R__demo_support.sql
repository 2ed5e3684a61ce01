-- Demo data for support records, dev mode only (loaded with every file in db/demo), after
-- R__demo_outcomes.sql. Ids 9701-9799. Every person and fact here is fictitious. graduate2 (3002)
-- has a record that staff1 and admin1 see in supportRecords and graduate2 never does. All three
-- are still seeking (graduate2 and demo-graduate-20 have no destination, demo-graduate-23 is
-- SEEKING); demo-graduate-20's record was never contacted.

insert into support_record (id, graduate_id, category, mentor_subject, mentor_name, opened_by, opened_at,
                            last_contact_at)
    overriding system value
values (9701, 3002, 'FINANCIAL_HARDSHIP', 'staff1', '张老师 (staff1)', 'staff1', now() - interval '40 days',
        now() - interval '12 days'),
       (9702, 9023, 'DISABILITY', 'staff1', '张老师 (staff1)', 'staff1', now() - interval '30 days',
        now() - interval '20 days'),
       (9703, 9020, 'LONG_TERM_SEEKING', null, null, 'admin1', now() - interval '8 days', null)
on conflict (id) do nothing;

insert into support_grant (id, record_id, amount, awarded_on, awarded_by)
    overriding system value
values (9711, 9701, 1000, (now() - interval '35 days')::date, 'staff1'),
       (9712, 9702, 1500, (now() - interval '25 days')::date, 'staff1')
on conflict (id) do nothing;

insert into support_note (id, record_id, body, written_by, written_at)
    overriding system value
values (9721, 9701, '（演示）首次面谈：已修改简历，推荐参加下周的模拟面试。', 'staff1', now() - interval '38 days'),
       (9722, 9701, '（演示）电话回访：已投递三个岗位，等待面试通知。', 'staff1', now() - interval '12 days'),
       (9723, 9702, '（演示）已对接无障碍岗位专场，约定两周后回访。', 'staff1', now() - interval '20 days')
on conflict (id) do nothing;
