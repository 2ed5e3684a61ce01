-- Demo data for destinations, dev mode only (loaded with every file in db/demo). Ids 9001-9699.
-- 135 graduates over three colleges: 90 in the cohort the current weeks report on (from September,
-- next summer's graduates), 45 in the cohort before; four in five have a destination, reported over
-- the last 16 weeks (the previous cohort's 52 weeks earlier), so employmentStatistics and a weekly
-- report (issueWeeklyReports for last week's Monday) show figures and a chart against last year.
-- 经济学院's graduates lean on freelance work: its row is flagged (flexibleShareFlagged).

with params as (select (extract(year from now() at time zone 'Asia/Shanghai')
    + case when extract(month from now() at time zone 'Asia/Shanghai') >= 9 then 1 else 0 end)::int as cohort)
insert into graduate (id, subject, name, email, student_number, college, major, degree, graduation_year)
    overriding system value
select 9000 + n,
       'demo-graduate-' || n,
       (array ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周'])[n % 9 + 1]
           || (array ['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷'])[n % 8 + 1] || n,
       'demo-graduate-' || n || '@example.edu',
       'D' || lpad(n::text, 6, '0'),
       (array ['化学学院', '信息学院', '经济学院'])[n % 3 + 1],
       (array [array ['化学', '应用化学'], array ['计算机科学与技术', '软件工程'], array ['金融学', '经济学']])[n % 3 + 1][n % 2 + 1],
       (array ['BACHELOR', 'BACHELOR', 'BACHELOR', 'MASTER', 'MASTER', 'DOCTORATE'])[n % 6 + 1],
       case when n <= 90 then cohort else cohort - 1 end
from generate_series(1, 135) as n, params
on conflict (id) do nothing;

insert into outcome (id, graduate_id, cohort_year, category, organization, region, starts_on, monthly_salary, evidence,
                     evidence_note, evidence_by, evidence_at, source, note, reported_by, reported_at)
    overriding system value
select 9300 + n,
       9000 + n,
       g.graduation_year,
       c.category,
       case c.category
           when 'EMPLOYMENT_AGREEMENT' then (array ['未来智能科技有限公司', '中国航天科技集团', '华夏银行'])[n % 3 + 1]
           when 'LABOUR_CONTRACT' then (array ['Harbor Capital Partners', '北京市第一中学', '字节跳动'])[n % 3 + 1]
           when 'RESEARCH_ASSISTANT' then '分子化学实验室'
           when 'FURTHER_STUDY' then (array ['北京大学', '清华大学', '本校'])[n % 3 + 1]
           when 'ABROAD' then (array ['University of Toronto', 'National University of Singapore'])[n % 2 + 1]
           when 'GRASSROOTS_PROGRAM' then '西部计划 · 云南省乡村振兴局'
           end,
       case when c.category in ('SEEKING', 'NOT_SEEKING') then null
            else (array ['北京', '上海', '云南', '广东'])[n % 4 + 1] end,
       null,
       case when c.category in ('EMPLOYMENT_AGREEMENT', 'LABOUR_CONTRACT') then 8000 + (n % 7) * 1000 end,
       case when n % 3 = 0 and c.category not in ('SEEKING', 'NOT_SEEKING') then 'VERIFIED' else 'SELF_REPORTED' end,
       case when n % 3 = 0 and c.category not in ('SEEKING', 'NOT_SEEKING') then '已核验就业材料（演示）' end,
       case when n % 3 = 0 and c.category not in ('SEEKING', 'NOT_SEEKING') then 'staff1' end,
       case when n % 3 = 0 and c.category not in ('SEEKING', 'NOT_SEEKING') then r.at + interval '2 days' end,
       case when n % 7 = 0 then 'STAFF' else 'GRADUATE' end,
       case when n % 7 = 0 then '电话回访确认（演示）' end,
       case when n % 7 = 0 then 'staff1' else 'demo-graduate-' || n end,
       r.at
from generate_series(1, 135) as n
         join graduate g on g.id = 9000 + n
         cross join lateral (select case
                                        when n % 3 = 2 and n % 4 <> 3 then 'FREELANCE'
                                        else (array ['EMPLOYMENT_AGREEMENT', 'EMPLOYMENT_AGREEMENT', 'LABOUR_CONTRACT',
                                            'LABOUR_CONTRACT', 'FURTHER_STUDY', 'FURTHER_STUDY', 'ABROAD',
                                            'RESEARCH_ASSISTANT', 'GRASSROOTS_PROGRAM', 'OTHER_EMPLOYMENT',
                                            'SEEKING', 'SEEKING', 'NOT_SEEKING', 'ENTREPRENEURSHIP',
                                            'MILITARY_SERVICE'])[n * 7 % 15 + 1]
                                        end as category) as c
         cross join lateral (select now() - make_interval(days => (n * 5) % 112 + 1)
                                        - case when n > 90 then interval '364 days' else interval '0' end as at) as r
where n % 5 <> 0
on conflict (id) do nothing;

select setval(pg_get_serial_sequence('graduate', 'id'), (select max(id) from graduate));
select setval(pg_get_serial_sequence('outcome', 'id'), (select max(id) from outcome));
