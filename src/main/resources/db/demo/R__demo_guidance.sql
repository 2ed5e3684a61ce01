-- Demo data for career guidance, dev mode only (loaded with every file in db/demo), after
-- R__demo_data.sql (graduates 3001 graduate1 and 3002 graduate2). Ids 8001-8299.
-- A week of counselling with staff1 from tomorrow: each weekday 09:00-12:00 and 14:00-16:00
-- (campus time) in one-hour slots; the afternoon ones are group slots for three. Four guidance
-- events, one of them a full mock-interview day.

insert into counselling_slot (id, counsellor_subject, counsellor_name, starts_at, ends_at, mode, location, topics,
                              capacity, booked, waitlisted)
    overriding system value
select 8001 + d * 5 + h,
       'staff1',
       '张老师 (staff1)',
       (date_trunc('day', now() at time zone 'Asia/Shanghai') + make_interval(days => d + 1)
           + make_interval(hours => (array [9, 10, 11, 14, 15])[h + 1])) at time zone 'Asia/Shanghai',
       (date_trunc('day', now() at time zone 'Asia/Shanghai') + make_interval(days => d + 1)
           + make_interval(hours => (array [10, 11, 12, 15, 16])[h + 1])) at time zone 'Asia/Shanghai',
       case when h = 2 then 'ONLINE' else 'IN_PERSON' end,
       case when h = 2 then 'https://meet.example.edu/career-center' else '学生就业指导中心 201' end,
       case when h < 3 then '{CAREER_PLANNING,RESUME,INTERVIEW,JOB_SEARCH}'::text[]
            else '{FURTHER_STUDY,STUDY_ABROAD}'::text[] end,
       case when h < 3 then 1 else 3 end,
       case when d * 5 + h = 0 then 1 else 0 end,
       case when d * 5 + h = 0 then 1 else 0 end
from generate_series(0, 4) as d, generate_series(0, 4) as h
on conflict (id) do nothing;

-- graduate1 has the first slot and graduate2 waits behind it: cancel as graduate1 and graduate2 gets
-- the place (and an APPOINTMENT_CONFIRMED on myNotifications). Each may book one more.
insert into appointment (id, slot_id, graduate_id, slot_starts_at, status, topic, note, waitlist_position,
                         confirmed_at)
    overriding system value
select v.id, v.slot_id, v.graduate_id, s.starts_at, v.status, v.topic, v.note, v.position,
       case when v.status = 'BOOKED' then now() end
from (values (8201, 8001, 3001, 'BOOKED', 'RESUME', '想请老师看看我的科研助理简历。', null),
             (8202, 8001, 3002, 'WAITLISTED', 'INTERVIEW', null, 1))
         as v(id, slot_id, graduate_id, status, topic, note, position)
         join counselling_slot s on s.id = v.slot_id
on conflict (id) do nothing;

insert into guidance_event (id, title, kind, description, starts_at, ends_at, location, capacity, registered,
                            waitlisted, colleges, degrees, graduation_years, created_by)
    overriding system value
values (8101, '模拟面试日 Mock Interview Day', 'MOCK_INTERVIEW',
        '一对一模拟面试，企业 HR 现场点评。One-to-one mock interviews with HR feedback.',
        date_trunc('day', now()) + interval '3 days 6 hours', date_trunc('day', now()) + interval '3 days 9 hours',
        '学生就业指导中心 多功能厅', 2, 2, 0, '{}', '{}', '{2026}', 'staff1'),
       (8102, '求职训练营：从简历到 offer', 'JOB_SEARCH_CAMP',
        '三天的求职训练营：简历、群面、结构化面试。A three-day job-search camp.',
        date_trunc('day', now()) + interval '8 days 1 hour', date_trunc('day', now()) + interval '10 days 9 hours',
        '图书馆报告厅', 60, 0, 0, '{}', '{}', '{}', 'staff1'),
       (8103, '就业创业课程 第5讲：化学行业的职业路径', 'COURSE',
        '化学学院专场：科研、产业与公共部门的职业路径。',
        date_trunc('day', now()) + interval '5 days 10 hours', date_trunc('day', now()) + interval '5 days 12 hours',
        '化学楼 A101', 120, 1, 0, '{化学学院}', '{BACHELOR,MASTER}', '{}', 'staff1'),
       (8104, '模拟招聘大赛 Mock Recruitment Contest', 'MOCK_RECRUITMENT_CONTEST',
        '以真实岗位为题的模拟招聘大赛，研究生专场。For master''s and doctoral students.',
        date_trunc('day', now()) + interval '12 days 6 hours', date_trunc('day', now()) + interval '12 days 10 hours',
        '学生活动中心', 80, 0, 0, '{}', '{MASTER,DOCTORATE}', '{}', 'staff1')
on conflict (id) do nothing;

-- The mock-interview day is full (graduate1 and graduate2; the next to register waits in line);
-- graduate1 also takes the chemistry course (open to 化学学院 only).
insert into guidance_registration (id, event_id, graduate_id, event_starts_at, status, waitlist_position,
                                   confirmed_at)
    overriding system value
select v.id, v.event_id, v.graduate_id, e.starts_at, v.status, v.position,
       case when v.status = 'REGISTERED' then now() end
from (values (8251, 8101, 3001, 'REGISTERED', null::integer),
             (8252, 8101, 3002, 'REGISTERED', null),
             (8253, 8103, 3001, 'REGISTERED', null))
         as v(id, event_id, graduate_id, status, position)
         join guidance_event e on e.id = v.event_id
on conflict (id) do nothing;

select setval(pg_get_serial_sequence('counselling_slot', 'id'), (select max(id) from counselling_slot));
select setval(pg_get_serial_sequence('appointment', 'id'), (select max(id) from appointment));
select setval(pg_get_serial_sequence('guidance_event', 'id'), (select max(id) from guidance_event));
select setval(pg_get_serial_sequence('guidance_registration', 'id'), (select max(id) from guidance_registration));
