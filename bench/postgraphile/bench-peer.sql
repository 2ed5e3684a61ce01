-- Only in the benchmark database (bench/querymix.sh applies it): what PostGraphile 5 needs to
-- answer the query mix's search like the service does, and the pick lists pgbench draws from.
create schema if not exists bench_peer;

-- The service's anonymous search (PostingQuery): published postings of verified employers whose
-- tokens contain the query's tokens (GIN index posting_search_tokens_idx) and whose title or
-- description really contains the word (the mix searches single words), newest first. PostGraphile exposes it as
-- Query.searchPostings(term:) and pages it with first/after.
create or replace function bench_peer.search_postings(term text) returns setof public.posting
    language sql stable as
$$
select p.*
from public.posting p
         join public.employer e on e.id = p.employer_id
where p.status = 'PUBLISHED'
  and e.status = 'VERIFIED'
  and p.search_tokens @> campus_search_query_tokens(term)
  and strpos(lower(p.title || ' ' || p.description), lower(term)) > 0
order by coalesce(p.published_at, p.created_at) desc, p.id desc
$$;

-- A session's featured postings that an anonymous caller may see (published or closed, of a
-- verified employer: PostingVisibility.VISIBLE), in their order, as SessionService.featuredPostings gives them. PostGraphile exposes it
-- as the computed field RecruitmentSession.visibleFeaturedPostings (querymix --extra, SESSIONS).
create or replace function bench_peer.recruitment_session_visible_featured_postings(s public.recruitment_session)
    returns setof public.posting
    language sql stable as
$$
select p.*
from public.session_featured_posting f
         join public.posting p on p.id = f.posting_id
         join public.employer e on e.id = p.employer_id
where f.session_id = s.id
  and p.status in ('PUBLISHED', 'CLOSED')
  and e.status = 'VERIFIED'
order by f.position
$$;

-- An employer's applicants as its member sees them (querymix --extra, APPLICANTS): the service's
-- applications(filter: {employerId}) for a caller with the employer role, whose memberships of
-- employers that are not SUSPENDED (Membership, EmployerVisibility.ACTING) include this one; newest first
-- (ApplicationRepository.NEWEST_FIRST). PostGraphile does no authentication here, so the caller's scope
-- is the subject and employer the query names. Exposed as Query.benchPeerEmployerApplications.
create or replace function bench_peer.employer_applications(subject text, employer_id bigint)
    returns setof public.application
    language sql stable as
$$
select a.*
from public.application a
where a.posting_id in (select p.id from public.posting p where p.employer_id = $2)
  and exists (select 1
              from public.employer_member m
                       join public.employer e on e.id = m.employer_id
              where m.subject = $1
                and m.employer_id = $2
                and e.status <> 'SUSPENDED')
order by a.submitted_at desc, a.id desc
$$;

-- Staff's review queue (querymix --extra, REVIEW_QUEUE): the service's postingReviewQueue, every
-- PENDING_REVIEW posting whatever its employer (staff see all), oldest submission first
-- (PostingService.reviewQueue, PostingQuery's SUBMITTED_AT order). Exposed as Query.benchPeerPostingReviewQueue.
create or replace function bench_peer.posting_review_queue() returns setof public.posting
    language sql stable as
$$
select p.*
from public.posting p
where p.status = 'PENDING_REVIEW'
order by coalesce(p.submitted_at, p.created_at), p.id
$$;

-- The guidance events that have not ended, soonest first (GuidanceEventService.listEvents without a
-- filter; public). Exposed as Query.benchPeerUpcomingGuidanceEvents (querymix --extra, GUIDANCE_EVENTS).
create or replace function bench_peer.upcoming_guidance_events() returns setof public.guidance_event
    language sql stable as
$$
select g.*
from public.guidance_event g
where g.ends_at > now()
order by g.starts_at, g.id
$$;

-- The counselling slots that have not started, soonest first (CounsellingService.listSlots without a
-- filter; any signed-in caller). Exposed as Query.benchPeerUpcomingCounsellingSlots (querymix --extra,
-- COUNSELLING_SLOTS).
create or replace function bench_peer.upcoming_counselling_slots() returns setof public.counselling_slot
    language sql stable as
$$
select s.*
from public.counselling_slot s
where s.starts_at >= now()
order by s.starts_at, s.id
$$;

-- The generated data has no guidance events or counselling slots: while fewer than 100 of either
-- lie ahead, add a fixed programme from the current hour on (events every 14 hours for about 4
-- months, slots every 90 minutes for about 2 months), so that the lists above have pages to show.
insert into public.guidance_event (title, kind, description, starts_at, ends_at, location, capacity,
                                   registered, colleges, degrees, graduation_years, created_by)
select format('就业指导活动 %s', n),
       (array ['COURSE', 'JOB_SEARCH_CAMP', 'MOCK_INTERVIEW', 'MOCK_RECRUITMENT_CONTEST', 'CAREER_TALK', 'WORKSHOP'])[1 + n % 6],
       format('第 %s 场：简历、面试与求职规划。', n),
       date_trunc('hour', now()) + n * interval '14 hours',
       date_trunc('hour', now()) + n * interval '14 hours' + interval '2 hours',
       format('就业指导中心 %s 室', 100 + n % 20),
       50 + n % 5 * 50,
       n % 50,
       case when n % 4 = 0 then array ['计算机学院'] else '{}' end,
       '{}',
       '{}',
       'bench-staff'
from generate_series(1, 200) n
where (select count(*) from public.guidance_event where ends_at > now()) < 100;

insert into public.counselling_slot (counsellor_subject, counsellor_name, starts_at, ends_at, mode, location,
                                     topics, capacity, booked)
select format('bench-counsellor-%s', n % 8),
       (array ['王老师', '李老师', '张老师', '刘老师', '陈老师', '杨老师', '赵老师', '黄老师'])[1 + n % 8],
       date_trunc('hour', now()) + n * interval '90 minutes',
       date_trunc('hour', now()) + n * interval '90 minutes' + interval '45 minutes',
       case when n % 3 = 0 then 'ONLINE' else 'IN_PERSON' end,
       case when n % 3 = 0 then null else format('就业指导中心 %s 室', 200 + n % 8) end,
       (array ['{CAREER_PLANNING,RESUME}', '{INTERVIEW}', '{JOB_SEARCH,FURTHER_STUDY}'])[1 + n % 3]::varchar(30)[],
       1 + n % 4,
       0
from generate_series(1, 1000) n
where (select count(*) from public.counselling_slot where starts_at >= now()) < 100;

-- What the load draws from, numbered 1..n so that pgbench can pick with random(1, n): published
-- postings of verified employers, verified employers with published postings, graduates with
-- applications, and the search words. QueryMix fills them from the same lists the HTTP load uses.
drop table if exists bench_peer.pick_posting, bench_peer.pick_employer, bench_peer.pick_graduate, bench_peer.pick_term;
create table bench_peer.pick_posting (n integer primary key, id bigint not null, employer_id bigint not null);
create table bench_peer.pick_employer (n integer primary key, id bigint not null);
create table bench_peer.pick_graduate (n integer primary key, id bigint not null, subject text not null);
create table bench_peer.pick_term (n integer primary key, term text not null);
