-- Demo data for employer relations, dev mode only (loaded with every file in db/demo), after
-- R__demo_data.sql and R__demo_outcomes.sql. Ids 9801-9899. Every person, visit and post here is
-- fictitious. 未来智能科技 (1001) was visited and visited again (9802 follows up 9801); Harbor
-- Capital (1003) once. The postings the visits opened are linked as createPosting would have
-- linked them (each within 180 days after its visit); 9812 is still a draft, so it counts as
-- linked but not published. One cooperation programme with 1001 has two graduates enrolled.

insert into employer_visit (id, employer_id, visited_on, visitors, posts_promised, notes, follow_up_of,
                            recorded_by, recorded_at)
    overriding system value
values (9801, 1001, (now() - interval '60 days')::date, '{王副校长（演示）,就业处李老师（演示）}', 4,
        '（演示）走访座谈：对方承诺新增四个研发岗位。', null, 'staff1', now() - interval '60 days'),
       (9802, 1001, (now() - interval '20 days')::date, '{就业处李老师（演示）}', 2,
        '（演示）回访：已发布两个岗位，另承诺两个实习岗位。', 9801, 'staff1', now() - interval '20 days'),
       (9803, 1003, (now() - interval '30 days')::date, '{王副校长（演示）}', 1,
        '（演示）走访：洽谈一个分析师岗位。', null, 'admin1', now() - interval '30 days')
on conflict (id) do nothing;

insert into posting (id, employer_id, title, description, kind, status, region, salary_min, salary_max, headcount,
                     created_by, created_at, submitted_at, published_at, reviewed_by, visit_id)
    overriding system value
values (9811, 1001, '（演示）大模型训练工程师', '（演示）走访新增岗位：负责大模型训练与评测。', 'FULL_TIME', 'PUBLISHED',
        '北京', 25000, 40000, 3, 'employer1', now() - interval '50 days', now() - interval '49 days',
        now() - interval '48 days', 'staff1', 9801),
       (9812, 1001, '（演示）数据标注主管', '（演示）走访新增岗位，尚未提交审核。', 'FULL_TIME', 'DRAFT',
        '北京', 12000, 18000, 1, 'employer1', now() - interval '45 days', null, null, null, 9801),
       (9813, 1001, '（演示）算法实习生', '（演示）回访后新增的实习岗位。', 'INTERNSHIP', 'PUBLISHED',
        '北京', 5000, 7000, 4, 'employer1', now() - interval '10 days', now() - interval '9 days',
        now() - interval '8 days', 'staff1', 9802),
       (9814, 1003, '（演示）Research Analyst', '（演示）Opened after the visit of the career center.', 'FULL_TIME',
        'PUBLISHED', 'Shanghai', 20000, 30000, 1, 'employer2', now() - interval '25 days',
        now() - interval '24 days', now() - interval '23 days', 'staff1', 9803)
on conflict (id) do nothing;

insert into cooperation_programme (id, employer_id, name, cohort_year, starts_on, ends_on, created_by)
    overriding system value
values (9821, 1001, '（演示）2027届人工智能订单班', 2027, date '2026-09-01', date '2027-06-30', 'staff1')
on conflict (id) do nothing;

insert into programme_enrolment (programme_id, graduate_id, enrolled_by)
values (9821, 9001, 'staff1'),
       (9821, 9002, 'staff1')
on conflict do nothing;

insert into programme_posting (posting_id, programme_id, attached_by)
values (9811, 9821, 'staff1')
on conflict do nothing;

select setval(pg_get_serial_sequence('employer_visit', 'id'), (select max(id) from employer_visit));
select setval(pg_get_serial_sequence('posting', 'id'), (select max(id) from posting));
select setval(pg_get_serial_sequence('cooperation_programme', 'id'), (select max(id) from cooperation_programme));
