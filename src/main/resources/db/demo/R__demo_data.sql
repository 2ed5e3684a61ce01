-- Demo data for dev mode only (quarkus.flyway.locations includes db/demo under %dev).
-- Repeatable and idempotent: fixed ids, "on conflict do nothing", sequences moved past them.
-- Demo users of the in-process OIDC provider: graduate1, graduate2, employer1, employer2,
-- staff1, admin1 (subject = user name).

insert into employer (id, name, kind, industry, region, description, status, registered_by, verified_by, verified_at)
    overriding system value
values (1001, '未来智能科技有限公司', 'COMPANY', 'INTERNET', '北京',
        '专注于大模型与智能搜索的互联网公司。An AI and search company.', 'VERIFIED', 'employer1', 'staff1', now()),
       (1002, '分子化学实验室', 'RESEARCH_GROUP', 'RESEARCH', '北京',
        '化学学院下属实验室，研究有机合成与催化。Organic synthesis and catalysis lab.', 'VERIFIED', 'employer1', 'staff1', now()),
       (1003, 'Harbor Capital Partners', 'COMPANY', 'FINANCE', 'Shanghai',
        'An investment bank serving Asian markets. 投资银行。', 'VERIFIED', 'employer2', 'staff1', now()),
       (1004, '联合国开发计划署驻华代表处', 'INTERNATIONAL_ORGANIZATION', 'GOVERNMENT', '北京',
        'UNDP China office: development programmes and internships.', 'VERIFIED', 'employer2', 'staff1', now()),
       (1005, '云南省乡村振兴局', 'GOVERNMENT', 'GOVERNMENT', '云南',
        '基层实践基地，立公计划合作单位。Grassroots practice placements.', 'VERIFIED', 'employer2', 'staff1', now()),
       (1006, '学校图书馆', 'CAMPUS_UNIT', 'EDUCATION', '北京',
        '校内助理岗位。Campus library assistant posts.', 'VERIFIED', 'employer1', 'staff1', now()),
       (1007, '星航航天动力研究所', 'COMPANY', 'AEROSPACE', '西安',
        '航天发动机研发。Rocket engine R&D.', 'PENDING_VERIFICATION', 'employer2', null, null)
on conflict (id) do nothing;

insert into employer_member (employer_id, subject)
values (1001, 'employer1'), (1002, 'employer1'), (1006, 'employer1'),
       (1003, 'employer2'), (1004, 'employer2'), (1005, 'employer2'), (1007, 'employer2')
on conflict do nothing;

insert into posting (id, employer_id, title, description, kind, status, region, salary_min, salary_max, headcount,
                     min_degree, majors, deadline, created_by, submitted_at, published_at, reviewed_by)
    overriding system value
values (2001, 1001, '搜索算法工程师 Search Algorithm Engineer',
        '负责搜索排序与召回，熟悉 Java 或 Python。Build ranking and retrieval for Chinese search.',
        'FULL_TIME', 'PUBLISHED', '北京', 25000, 40000, 5, 'MASTER', '{计算机科学与技术,软件工程}',
        now() + interval '60 days', 'employer1', now() - interval '3 days', now() - interval '2 days', 'staff1'),
       (2002, 1001, '后端开发实习生 Backend Intern',
        '参与 GraphQL 服务开发，每周至少四天。Work on GraphQL services, 4 days a week.',
        'INTERNSHIP', 'PUBLISHED', '北京', 4000, 6000, 10, 'BACHELOR', '{}',
        now() + interval '30 days', 'employer1', now() - interval '5 days', now() - interval '4 days', 'staff1'),
       (2003, 1002, '科研助理（有机化学方向）',
        '协助开展化学合成实验、数据整理与文献调研。Assist with synthesis experiments and literature reviews.',
        'RESEARCH_ASSISTANT', 'PUBLISHED', '北京', 5000, 7000, 2, 'BACHELOR', '{化学,材料科学}',
        now() + interval '20 days', 'employer1', now() - interval '2 days', now() - interval '1 day', 'staff1'),
       (2004, 1003, 'Investment Banking Analyst 投资银行分析师',
        'Financial modelling and due diligence for cross-border deals. 需英语流利。',
        'FULL_TIME', 'PUBLISHED', 'Shanghai', 20000, 35000, 3, 'MASTER', '{金融学,经济学}',
        now() + interval '45 days', 'employer2', now() - interval '6 days', now() - interval '5 days', 'staff1'),
       (2005, 1004, 'Programme Intern, Sustainable Development 可持续发展项目实习',
        'Support SDG programmes in China; English working language. 国际组织实习。',
        'INTERNATIONAL_ORGANIZATION_INTERNSHIP', 'PUBLISHED', '北京', null, null, 2, 'MASTER', '{}',
        now() + interval '25 days', 'employer2', now() - interval '4 days', now() - interval '3 days', 'staff1'),
       (2006, 1005, '乡村振兴基层实践岗',
        '赴云南乡村开展为期六个月的基层实践，参与产业帮扶。Six-month grassroots placement in rural Yunnan.',
        'GRASSROOTS_PRACTICE', 'PUBLISHED', '云南', 3000, 4000, 12, null, '{}',
        now() + interval '40 days', 'employer2', now() - interval '7 days', now() - interval '6 days', 'staff1'),
       (2007, 1006, '图书馆学生助理 Library Assistant',
        '协助图书借还与数字化整理，每周 10 小时。Help with circulation and digitisation, 10 h a week.',
        'CAMPUS_ASSISTANT', 'PUBLISHED', '北京', 1500, 2000, 6, null, '{}',
        now() + interval '15 days', 'employer1', now() - interval '1 day', now() - interval '12 hours', 'staff1'),
       (2008, 1001, '大模型应用工程师 LLM Application Engineer',
        '构建检索增强生成应用。Build retrieval-augmented generation products.',
        'FULL_TIME', 'PENDING_REVIEW', '北京', 30000, 45000, 2, 'MASTER', '{}',
        now() + interval '50 days', 'employer1', now() - interval '1 hour', null, null),
       (2009, 1002, '实验室安全管理助理',
        '负责实验室安全巡检与化学品台账。Lab safety and chemical inventory.',
        'RESEARCH_ASSISTANT', 'DRAFT', '北京', 4000, 5000, 1, null, '{}',
        null, 'employer1', null, null, null)
on conflict (id) do nothing;

insert into graduate (id, subject, name, email, phone, student_number, college, major, degree, graduation_year)
    overriding system value
values (3001, 'graduate1', '李明', 'liming@example.edu', '+86 138 0000 0001', '2022010001', '化学学院', '化学',
        'BACHELOR', 2026),
       (3002, 'graduate2', 'Wang Fang', 'wangfang@example.edu', '+86 138 0000 0002', '2022020002', '信息学院',
        '计算机科学与技术', 'MASTER', 2026)
on conflict (id) do nothing;

insert into resume (id, graduate_id, title, summary, education, experience, skills)
    overriding system value
values (4001, 3001, '科研助理简历', '热爱有机合成，有两年本科科研经历。',
        '[{"school": "本校", "degree": "BACHELOR", "major": "化学", "startYear": 2022, "endYear": 2026}]',
        '[{"organization": "分子化学实验室", "role": "本科生科研", "start": "2024-03", "end": null, "description": "催化反应条件优化"}]',
        '{有机合成,核磁共振,Python}')
on conflict (id) do nothing;

insert into application (id, posting_id, graduate_id, resume_id, status, cover_letter)
    overriding system value
values (5001, 2003, 3001, 4001, 'SUBMITTED', '我在本科阶段参与过催化方向的科研工作。')
on conflict (id) do nothing;

-- The resume as it was sent, which applying keeps on the application (V15).
update application a
set resume_snapshot = jsonb_build_object('title', r.title, 'summary', r.summary, 'education', r.education,
                                         'experience', r.experience, 'skills', to_jsonb(r.skills),
                                         'updatedAt', r.updated_at)
from resume r
where a.id = 5001 and r.id = a.resume_id and a.resume_snapshot is null;

insert into application_transition (application_id, from_status, to_status, actor_subject)
select 5001, null, 'SUBMITTED', 'graduate1'
where not exists (select 1 from application_transition where application_id = 5001);

-- A scheduled livestream: the chemistry lab presents its research-assistant post tomorrow evening.
insert into recruitment_session (id, title, description, host_employer_id, starts_at, ends_at, stream_url, moderated,
                                 status, created_by)
    overriding system value
values (6001, '分子化学实验室直播带岗：科研助理招聘', 'Meet the lab, see the experiments, ask anything about the post.',
        1002, date_trunc('day', now()) + interval '1 day 19 hours', date_trunc('day', now()) + interval '1 day 20 hours',
        'https://live.example.edu/chem-lab', true, 'SCHEDULED', 'employer1')
on conflict (id) do nothing;

insert into session_featured_posting (session_id, posting_id, position)
values (6001, 2003, 0)
on conflict do nothing;

insert into session_registration (session_id, graduate_id)
values (6001, 3001)
on conflict do nothing;

select setval(pg_get_serial_sequence('recruitment_session', 'id'), (select max(id) from recruitment_session));
select setval(pg_get_serial_sequence('employer', 'id'), (select max(id) from employer));
select setval(pg_get_serial_sequence('posting', 'id'), (select max(id) from posting));
select setval(pg_get_serial_sequence('graduate', 'id'), (select max(id) from graduate));
select setval(pg_get_serial_sequence('resume', 'id'), (select max(id) from resume));
select setval(pg_get_serial_sequence('application', 'id'), (select max(id) from application));
