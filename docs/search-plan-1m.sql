-- 1,000,000 postings of 200 verified employers, in several scripts, for the search plans in
-- PERFORMANCE.md ("Searches in every script"). Run on a database migrated by the service's Flyway
-- scripts; see PERFORMANCE.md for the whole command. 70% of the postings are published.
insert into employer (name, kind, industry, region, status, registered_by)
select '单位' || g, 'COMPANY', 'INTERNET', '北京', 'VERIFIED', 'seed'
from generate_series(1, 200) g;

insert into posting (employer_id, title, description, kind, status, region, headcount, created_by, published_at)
select 1 + g % 200,
       (array ['软件开发', 'Software engineer', 'Инженер-программист', '翻訳者 カタカナ', 'Café Müller',
               'Bauleiter Straße', '市场营销'])[1 + g % 7]
           -- rare words, about 0.1% of the postings each
           || case when g % 997 = 0 then ' é ü ö ä ß ñ' when g % 991 = 0 then ' привет' when g % 983 = 0 then ' ひらがな'
                   else '' end
           || ' ' || g,
       (array ['负责日常工作，参与团队项目。', 'Work with the team on daily projects.',
               'Работа в команде над ежедневными проектами.', 'チームで日々のプロジェクトに取り組む。',
               'Travail en équipe à l''école.'])[1 + g % 5] || ' 编号' || g,
       'FULL_TIME',
       case when g % 10 < 7 then 'PUBLISHED' else 'CLOSED' end,
       '北京', 1, 'seed', now() - g * interval '1 second'
from generate_series(1, 1000000) g;

vacuum analyze posting;
vacuum analyze employer;
