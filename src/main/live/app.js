// The reference livestream page: /live/ lists sessions, /live/{sessionId} shows one session with
// its video, featured postings and live Q&A, /live/signed-in completes a sign-in. Plain DOM, no
// framework; the only library is graphql-ws. docs/LIVE-PAGE.md explains how it works.
import { Api, ApiError } from './api.js';
import { Auth, CALLBACK_PATH } from './auth.js';
import { append, clear, h, syncList } from './dom.js';
import { dictionary, initialLanguage, saveLanguage, tagOf } from './i18n.js';
import { SessionState } from './state.js';
import { LiveStream } from './stream.js';

const QUESTION = `fragment LiveQuestion on Question {
  id body status upvotes viewerHasUpvoted pinned answer answeredAt askedAt authorName
}`;

const POSTING = `fragment LivePosting on Posting {
  id title kind region salaryMin salaryMax deadline status viewerHasApplied employer { id name }
}`;

const PAGE = `query LivePage($id: ID!, $signedIn: Boolean!) {
  viewer @include(if: $signedIn) { subject roles graduate { name } }
  node(id: $id) {
    ... on RecruitmentSession {
      id title description status startsAt endsAt startedAt endedAt streamUrl moderated
      viewerCount viewerIsHost lastEventCursor
      host { id name }
      featuredPostings { ...LivePosting }
      questions(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { ...LiveQuestion } }
    }
  }
}
${QUESTION}
${POSTING}`;

const MORE_QUESTIONS = `query MoreQuestions($id: ID!, $after: String) {
  node(id: $id) { ... on RecruitmentSession {
    questions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...LiveQuestion } }
  } }
}
${QUESTION}`;

const FEATURED = `query Featured($id: ID!) {
  node(id: $id) { ... on RecruitmentSession { featuredPostings { ...LivePosting } } }
}
${POSTING}`;

const SESSIONS = `query LiveSessions {
  recruitmentSessions(first: 50, filter: { statuses: [LIVE, SCHEDULED] }) {
    nodes { id title status startsAt viewerCount host { name } }
  }
}`;

const CANDIDATES = `query Candidates($employerId: ID) {
  postings(first: 50, filter: { employerId: $employerId, statuses: [PUBLISHED] }) {
    nodes { id title employer { name } }
  }
}`;

const M = {
  ask: `mutation Ask($input: AskQuestionInput!) { askQuestion(input: $input) { question { ...LiveQuestion } } } ${QUESTION}`,
  upvote: `mutation Up($input: UpvoteQuestionInput!) { upvoteQuestion(input: $input) { question { ...LiveQuestion } } } ${QUESTION}`,
  unvote: `mutation Down($input: RemoveQuestionUpvoteInput!) { removeQuestionUpvote(input: $input) { question { ...LiveQuestion } } } ${QUESTION}`,
  answer: `mutation Answer($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { ...LiveQuestion } } } ${QUESTION}`,
  moderate: `mutation Moderate($input: ModerateQuestionInput!) { moderateQuestion(input: $input) { question { ...LiveQuestion } } } ${QUESTION}`,
  start: `mutation Start($input: StartRecruitmentSessionInput!) { startRecruitmentSession(input: $input) { session { id status startedAt } } }`,
  end: `mutation End($input: EndRecruitmentSessionInput!) { endRecruitmentSession(input: $input) { session { id status endedAt } } }`,
  feature: `mutation Feature($input: SetFeaturedPostingsInput!) { setFeaturedPostings(input: $input) { session { id featuredPostings { ...LivePosting } } } } ${POSTING}`,
  apply: `mutation Apply($input: ApplyToPostingInput!) { applyToPosting(input: $input) { application { id status } } }`,
};

const config = JSON.parse(document.getElementById('live-config').textContent);
const auth = new Auth(config.auth);
const api = new Api(() => auth.accessToken());
let lang = initialLanguage();
let t = dictionary(lang);
let page = null;

const root = document.getElementById('app');

function fmtTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(tagOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function errorText(error) {
  if (error instanceof ApiError) {
    if (error.code === 'RATE_LIMITED') return t.rateLimited(error.extensions.retryAfterSeconds ?? 60);
    if (error.code === 'BAD_USER_INPUT' && error.message) return `${t.errors.BAD_USER_INPUT} ${error.message}`;
    return t.errors[error.code] || t.errors.INTERNAL;
  }
  return t.errors.INTERNAL;
}

// --- Frame: header, language switch, sign-in ----------------------------------------------

function header() {
  const signed = auth.signedIn;
  const who = page?.viewer ? page.viewer.graduate?.name || auth.claims().preferred_username || page.viewer.subject : null;
  const actions = h('div', { class: 'bar-actions' });
  actions.append(
    h('button', {
      type: 'button',
      class: 'lang',
      lang: lang === 'zh' ? 'en' : 'zh',
      'aria-label': t.switchLabel,
      text: t.switchTo,
      onclick: () => setLanguage(lang === 'zh' ? 'en' : 'zh'),
    }),
  );
  if (signed) {
    if (who) actions.append(h('span', { class: 'who', text: t.signedInAs(who) }));
    actions.append(
      h('button', { type: 'button', class: 'ghost', text: t.signOut, onclick: () => auth.signOut(location.pathname) }),
    );
  } else if (auth.available) {
    actions.append(h('button', { type: 'button', class: 'primary', id: 'sign-in', text: t.signIn, onclick: signIn }));
  }
  return h(
    'header',
    { class: 'bar' },
    h('a', { class: 'brand', href: '/live/', text: config.brand || t.brand }),
    actions,
  );
}

function signIn() {
  auth.signIn(location.pathname + location.search, tagOf(lang)).catch(() => flash(t.signInFailed));
}

function setLanguage(next) {
  lang = next;
  t = dictionary(lang);
  saveLanguage(lang);
  document.documentElement.lang = tagOf(lang);
  render();
  document.querySelector('.lang')?.focus();
}

let flashTimer = null;

/** A short message in the status region, announced by screen readers, gone after a while. */
function flash(message) {
  const region = document.getElementById('notice');
  if (!region) return;
  region.textContent = message;
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    region.textContent = '';
  }, 6000);
}

function frame(...content) {
  clear(root);
  append(root, [
    h('a', { class: 'skip', href: page?.state ? '#qa' : '#main', text: t.skip }),
    header(),
    h('div', { id: 'connection', class: 'connection', role: 'status', 'aria-live': 'polite' }),
    h('main', { id: 'main', tabindex: '-1' }, ...content),
    h('div', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' }),
  ]);
}

// --- The list of sessions ------------------------------------------------------------------

async function showIndex() {
  document.title = `${t.sessions} · ${config.brand || t.brand}`;
  frame(h('h1', { text: t.sessions }), h('p', { text: t.loading }));
  try {
    const data = await api.request(SESSIONS);
    const sessions = data.recruitmentSessions.nodes;
    const main = document.getElementById('main');
    clear(main);
    main.append(h('h1', { text: t.sessions }));
    if (!sessions.length) {
      main.append(h('p', { text: t.noSessions }));
      return;
    }
    main.append(
      h(
        'ul',
        { class: 'sessions' },
        sessions.map((s) =>
          h(
            'li',
            {},
            h('a', { href: `/live/${encodeURIComponent(s.id)}` }, h('span', { class: 'title', text: s.title })),
            h(
              'p',
              { class: 'meta' },
              h('span', { class: `badge ${s.status.toLowerCase()}`, text: t.status[s.status] }),
              ` ${t.hostedBy(s.host?.name || t.careerCenter)} · ${t.startsAt(fmtTime(s.startsAt))}`,
              s.status === 'LIVE' ? ` · ${t.viewers(s.viewerCount)}` : '',
            ),
          ),
        ),
      ),
    );
  } catch (e) {
    flash(errorText(e));
  }
}

// --- One session ---------------------------------------------------------------------------

async function loadSession(sessionId) {
  const data = await api.request(PAGE, { id: sessionId, signedIn: auth.signedIn }, { partial: true });
  const session = data?.node;
  if (!session || !session.title) return null;
  return {
    id: sessionId,
    viewer: data.viewer || null,
    state: new SessionState(session, { isHost: session.viewerIsHost }),
    hasMore: session.questions.pageInfo.hasNextPage,
    moreCursor: session.questions.pageInfo.endCursor,
    totalCount: session.questions.totalCount,
    cursor: session.lastEventCursor,
    order: page?.order || 'UPVOTES',
    stream: null,
    pendingRender: new Set(),
  };
}

async function showSession(sessionId) {
  frame(h('p', { text: t.loading }));
  let loaded;
  try {
    loaded = await loadSession(sessionId);
  } catch (e) {
    frame(h('h1', { text: t.loadFailed }), h('p', { text: errorText(e) }));
    return;
  }
  if (!loaded) {
    frame(h('h1', { text: t.notFound }), h('p', {}, h('a', { href: '/live/', text: t.backToList })));
    return;
  }
  page = loaded;
  render();
  performance.mark('live-rendered');
  startStream();
}

function startStream() {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  page.stream = new LiveStream({
    url: `${proto}//${location.host}/graphql`,
    sessionId: page.id,
    fragment: QUESTION,
    token: () => auth.accessToken(),
    onEvent: onEvent,
    onStatus: (status) => {
      const el = document.getElementById('connection');
      if (el) {
        el.textContent = t.connection[status] || '';
        el.dataset.state = status;
      }
      document.body.dataset.stream = status;
    },
    onResync: () => resync(),
  });
  page.stream.start(page.cursor);
}

/** Reads the page again and starts the stream from the new snapshot's cursor. */
async function resync() {
  if (!page) return;
  const id = page.id;
  page.stream?.stop();
  try {
    const fresh = await loadSession(id);
    if (!fresh) {
      frame(h('h1', { text: t.notFound }));
      return;
    }
    fresh.order = page.order;
    page = fresh;
    render();
    startStream();
  } catch {
    setTimeout(resync, 3000);
  }
}

function onEvent(event) {
  const changed = page.state.apply(event);
  if (changed === 'postings') refreshFeatured();
  if (changed) schedule(changed);
}

/** Redraws at most once a frame however many events arrive (a replay after a reconnect). */
function schedule(what) {
  page.pendingRender.add(what);
  if (page.pendingRender.size > 1) return;
  requestAnimationFrame(() => {
    const parts = page.pendingRender;
    page.pendingRender = new Set();
    if (parts.has('session')) renderStage();
    if (parts.has('session') || parts.has('questions')) renderQuestions();
    if (parts.has('session')) renderAsk();
    if (parts.has('viewers') || parts.has('session')) renderMeta();
    if (parts.has('postings')) renderPostings();
  });
}

async function refreshFeatured() {
  // Every viewer refetches when postings change: spread them over two seconds.
  await new Promise((r) => setTimeout(r, Math.random() * 2000));
  try {
    const data = await api.request(FEATURED, { id: page.id });
    page.state.session.featuredPostings = data.node.featuredPostings;
    schedule('postings');
  } catch {
    // Shown again with the next change or reload.
  }
}

function render() {
  if (!page) return;
  const s = page.state.session;
  document.title = `${s.title} · ${config.brand || t.brand}`;
  frame(
    h(
      'div',
      { class: 'layout' },
      h(
        'section',
        { class: 'stage', 'aria-labelledby': 'session-title' },
        h('h1', { id: 'session-title', text: s.title }),
        h('p', { class: 'meta', id: 'session-meta' }),
        h('div', { class: 'video', id: 'video' }),
        s.description ? h('p', { class: 'description', text: s.description }) : null,
        h('div', { id: 'host-controls' }),
      ),
      h(
        'section',
        { class: 'postings', 'aria-labelledby': 'postings-title' },
        h('h2', { id: 'postings-title', text: t.postings }),
        h('ul', { class: 'posting-list', id: 'posting-list' }),
        h('div', { id: 'feature' }),
      ),
      h(
        'section',
        { class: 'qa', id: 'qa', 'aria-labelledby': 'qa-title', tabindex: '-1' },
        h('h2', { id: 'qa-title' }, t.qa, h('span', { id: 'qa-count' })),
        h('div', { id: 'ask' }),
        h('div', { id: 'pending' }),
        sortControl(),
        h('ol', { class: 'questions', id: 'questions', 'aria-labelledby': 'qa-title' }),
        h('p', { id: 'no-questions', class: 'empty', text: t.noQuestions }),
        h('div', { id: 'more' }),
        h('div', { id: 'hidden-questions' }),
      ),
    ),
  );
  const status = document.getElementById('connection');
  if (page.stream && status) status.textContent = t.connection[page.stream.status] || '';
  renderMeta();
  renderStage();
  renderPostings();
  renderAsk();
  renderQuestions();
}

function renderMeta() {
  const s = page.state.session;
  const meta = document.getElementById('session-meta');
  if (!meta) return;
  clear(meta);
  append(meta, [
    h('span', { class: `badge ${s.status.toLowerCase()}`, text: t.status[s.status] || s.status }),
    h('span', { text: t.hostedBy(s.host?.name || t.careerCenter) }),
    s.startedAt && s.status !== 'SCHEDULED'
      ? h('time', { datetime: s.startedAt, text: t.startedAt(fmtTime(s.startedAt)) })
      : h('time', { datetime: s.startsAt, text: t.startsAt(fmtTime(s.startsAt)) }),
    s.status === 'LIVE' ? h('span', { class: 'viewers', id: 'viewer-count', text: t.viewers(page.state.viewerCount) }) : null,
  ]);
}

function isVideoFile(url) {
  return /\.(mp4|webm|ogv|m3u8)(\?|#|$)/i.test(url);
}

function renderStage() {
  const s = page.state.session;
  const video = document.getElementById('video');
  if (!video) return;
  const wanted = s.status === 'LIVE' && s.streamUrl ? `play:${s.streamUrl}` : `placeholder:${s.status}:${lang}`;
  if (video.dataset.shows !== wanted) {
    video.dataset.shows = wanted;
    clear(video);
    if (s.status === 'LIVE' && s.streamUrl) {
      video.append(
        isVideoFile(s.streamUrl)
          ? h('video', { src: s.streamUrl, controls: true, autoplay: true, muted: true, playsInline: true, title: t.videoTitle })
          : h('iframe', {
              src: s.streamUrl,
              title: t.videoTitle,
              allow: 'autoplay; fullscreen; picture-in-picture',
              allowfullscreen: true,
              referrerpolicy: 'no-referrer',
            }),
      );
    } else {
      const text =
        s.status === 'SCHEDULED'
          ? t.beforeStart(fmtTime(s.startsAt))
          : s.status === 'ENDED'
            ? t.ended
            : s.status === 'CANCELLED'
              ? t.cancelled
              : t.noStream;
      video.append(h('div', { class: 'placeholder' }, h('p', { text })));
    }
  }
  const controls = document.getElementById('host-controls');
  clear(controls);
  if (!page.state.isHost) return;
  const buttons = [];
  if (s.status === 'SCHEDULED') {
    buttons.push(h('button', { type: 'button', class: 'primary', text: t.start, onclick: () => runSession('start') }));
  } else if (s.status === 'LIVE') {
    buttons.push(
      h('button', {
        type: 'button',
        class: 'danger',
        text: t.end,
        onclick: () => {
          if (confirm(t.confirmEnd)) runSession('end');
        },
      }),
    );
  }
  if (buttons.length) controls.append(h('div', { class: 'host-bar', role: 'group', 'aria-label': t.host }, buttons));
}

async function runSession(action) {
  try {
    const data = await api.request(M[action], { input: { sessionId: page.id } });
    const session = data[action === 'start' ? 'startRecruitmentSession' : 'endRecruitmentSession'].session;
    page.state.mergeSession(session);
    schedule('session');
  } catch (e) {
    flash(errorText(e));
  }
}

// --- Featured postings ---------------------------------------------------------------------

function isGraduate() {
  return Boolean(page.viewer?.roles?.includes('graduate'));
}

function renderPostings() {
  const list = document.getElementById('posting-list');
  if (!list) return;
  const postings = page.state.session.featuredPostings || [];
  clear(list);
  if (!postings.length) list.append(h('li', { class: 'empty', text: t.noPostings }));
  for (const p of postings) {
    let action;
    if (p.viewerHasApplied) action = h('span', { class: 'badge answered', text: t.applied });
    else if (p.status !== 'PUBLISHED') action = h('span', { class: 'muted', text: t.applyClosed });
    else if (!auth.signedIn || !isGraduate()) action = h('span', { class: 'muted', text: t.applyNeedsGraduate });
    else
      action = h('button', {
        type: 'button',
        class: 'primary',
        text: t.apply,
        'aria-label': t.applyTo(p.title),
        onclick: (e) => apply(p, e.currentTarget),
      });
    list.append(
      h(
        'li',
        { class: 'posting', 'data-posting-id': p.id },
        h('h3', { text: p.title }),
        h(
          'p',
          { class: 'meta' },
          [p.employer?.name, p.region, p.salaryMin || p.salaryMax ? t.salary(p.salaryMin, p.salaryMax) : null, p.deadline ? t.deadline(fmtTime(p.deadline)) : null]
            .filter(Boolean)
            .join(' · '),
        ),
        action,
      ),
    );
  }
  renderFeature();
}

async function apply(posting, button) {
  button.disabled = true;
  // The session is recorded as the application's source while it is live (the API's rule).
  const input = { postingId: posting.id };
  if (page.state.session.status === 'LIVE') input.sourceSessionId = page.id;
  try {
    await api.request(M.apply, { input });
    posting.viewerHasApplied = true;
    renderPostings();
  } catch (e) {
    flash(errorText(e));
    if (e.code === 'CONFLICT') {
      // Applied already, or the posting closed: read the postings again rather than guess.
      refreshFeatured();
    } else {
      button.disabled = false;
    }
  }
}

async function renderFeature() {
  const box = document.getElementById('feature');
  if (!box) return;
  clear(box);
  const s = page.state.session;
  if (!page.state.isHost || s.status === 'ENDED' || s.status === 'CANCELLED') return;
  const details = h('details', { class: 'feature' }, h('summary', { text: t.feature }));
  box.append(details);
  details.addEventListener(
    'toggle',
    async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'yes';
      let candidates = [];
      try {
        const data = await api.request(CANDIDATES, { employerId: s.host?.id || null });
        candidates = data.postings.nodes;
      } catch (e) {
        flash(errorText(e));
        return;
      }
      const chosen = new Set((page.state.session.featuredPostings || []).map((p) => p.id));
      for (const p of page.state.session.featuredPostings || []) {
        if (!candidates.some((c) => c.id === p.id)) candidates.unshift(p);
      }
      if (!candidates.length) {
        details.append(h('p', { text: t.featureNone }));
        return;
      }
      const form = h('form', { class: 'feature-form' });
      const fieldset = h('fieldset', {}, h('legend', { class: 'visually-hidden', text: t.feature }));
      for (const c of candidates) {
        const id = `feature-${c.id}`;
        fieldset.append(
          h(
            'div',
            { class: 'check' },
            h('input', { type: 'checkbox', id, value: c.id, checked: chosen.has(c.id) }),
            h('label', { for: id, text: c.employer?.name ? `${c.title} · ${c.employer.name}` : c.title }),
          ),
        );
      }
      form.append(fieldset, h('button', { type: 'submit', class: 'primary', text: t.featureSave }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const postingIds = [...form.querySelectorAll('input:checked')].map((i) => i.value);
        try {
          const data = await api.request(M.feature, { input: { sessionId: page.id, postingIds } });
          page.state.session.featuredPostings = data.setFeaturedPostings.session.featuredPostings;
          flash(t.featureSaved);
          renderPostings();
        } catch (err) {
          flash(errorText(err));
        }
      });
      details.append(form);
    },
  );
}

// --- Q&A -----------------------------------------------------------------------------------

function sortControl() {
  const group = h('div', { class: 'sort', role: 'radiogroup', 'aria-label': t.sortLabel });
  for (const [value, label] of [
    ['UPVOTES', t.sortUpvotes],
    ['ASKED_AT', t.sortNewest],
  ]) {
    const id = `sort-${value}`;
    group.append(
      h('input', {
        type: 'radio',
        name: 'sort',
        id,
        value,
        checked: page.order === value,
        onchange: () => {
          page.order = value;
          renderQuestions();
        },
      }),
      h('label', { for: id, text: label }),
    );
  }
  return group;
}

function renderAsk() {
  const box = document.getElementById('ask');
  if (!box) return;
  clear(box);
  const s = page.state.session;
  if (s.status !== 'SCHEDULED' && s.status !== 'LIVE') {
    box.append(h('p', { class: 'muted', text: t.askClosed }));
    return;
  }
  if (!auth.signedIn) {
    box.append(
      h(
        'p',
        { class: 'signed-out' },
        t.signInToAsk,
        ' ',
        auth.available ? h('button', { type: 'button', class: 'link', text: t.signIn, onclick: signIn }) : null,
      ),
    );
    return;
  }
  const counter = h('span', { class: 'counter', id: 'ask-count', 'aria-live': 'off', text: t.chars(0) });
  const textarea = h('textarea', {
    id: 'ask-body',
    name: 'body',
    rows: 3,
    maxlength: 500,
    required: true,
    placeholder: t.askPlaceholder,
    'aria-describedby': 'ask-count',
    oninput: () => (counter.textContent = t.chars(textarea.value.length)),
  });
  const anonymous = h('input', { type: 'checkbox', id: 'ask-anonymous', name: 'anonymous' });
  const submit = h('button', { type: 'submit', class: 'primary', text: t.ask });
  const form = h(
    'form',
    { class: 'ask-form' },
    h('label', { for: 'ask-body', text: t.askLabel }),
    textarea,
    h('div', { class: 'ask-row' }, h('div', { class: 'check' }, anonymous, h('label', { for: 'ask-anonymous', text: t.anonymous })), counter, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = textarea.value.trim();
    if (!body) return;
    submit.disabled = true;
    try {
      const data = await api.request(M.ask, { input: { sessionId: page.id, body, anonymous: anonymous.checked } });
      const question = data.askQuestion.question;
      page.state.upsert(question);
      // Typed on while it was sent: keep the new text.
      if (textarea.value.trim() === body) textarea.value = '';
      counter.textContent = t.chars(textarea.value.length);
      flash(question.status === 'PENDING' ? t.askedPending : t.asked);
      renderQuestions();
    } catch (err) {
      flash(errorText(err));
    } finally {
      submit.disabled = false;
      textarea.focus();
    }
  });
  box.append(form);
}

function renderQuestions() {
  const list = document.getElementById('questions');
  if (!list) return;
  const state = page.state;
  const shown = state.publicList(page.order);
  syncList(list, shown, (q) => q.id, createQuestion, updateQuestion);
  document.getElementById('no-questions').hidden = shown.length > 0;
  document.getElementById('qa-count').textContent = shown.length ? t.qaCount(shown.length) : '';
  renderPending();
  renderHidden();
  const more = document.getElementById('more');
  clear(more);
  if (page.hasMore) more.append(h('button', { type: 'button', class: 'ghost', text: t.loadMore, onclick: loadMore }));
}

function renderPending() {
  const box = document.getElementById('pending');
  if (!box) return;
  if (!page.state.isHost || !page.state.session.moderated) {
    clear(box);
    return;
  }
  const pending = page.state.pendingList();
  let section = box.firstElementChild;
  if (!section) {
    section = h(
      'section',
      { class: 'pending-queue', 'aria-labelledby': 'pending-title' },
      h('h3', { id: 'pending-title' }),
      h('ol', { class: 'questions', id: 'pending-list', 'aria-labelledby': 'pending-title' }),
      h('p', { class: 'empty', id: 'no-pending', text: t.noPending }),
    );
    box.append(section);
  }
  section.querySelector('#pending-title').textContent = t.pendingQueue(pending.length);
  section.querySelector('#no-pending').hidden = pending.length > 0;
  syncList(section.querySelector('#pending-list'), pending, (q) => q.id, createQuestion, updateQuestion);
}

function renderHidden() {
  const box = document.getElementById('hidden-questions');
  if (!box) return;
  const hidden = page.state.hiddenList();
  if (!page.state.isHost || !hidden.length) {
    clear(box);
    return;
  }
  let details = box.firstElementChild;
  if (!details) {
    details = h('details', { class: 'hidden-list' }, h('summary'), h('ol', { class: 'questions', id: 'hidden-list' }));
    box.append(details);
  }
  details.querySelector('summary').textContent = t.hiddenQuestions(hidden.length);
  syncList(details.querySelector('#hidden-list'), hidden, (q) => q.id, createQuestion, updateQuestion);
}

async function loadMore() {
  try {
    const data = await api.request(MORE_QUESTIONS, { id: page.id, after: page.moreCursor });
    const conn = data.node.questions;
    for (const q of conn.nodes) if (!page.state.questions.has(q.id)) page.state.upsert(q);
    page.hasMore = conn.pageInfo.hasNextPage;
    page.moreCursor = conn.pageInfo.endCursor;
    renderQuestions();
  } catch (e) {
    flash(errorText(e));
  }
}

function createQuestion(q) {
  const li = h(
    'li',
    { class: 'question', 'data-question-id': q.id },
    h('div', { class: 'q-head' }, h('span', { class: 'author' }), h('time'), h('span', { class: 'badges' })),
    h('p', { class: 'body' }),
    h('div', { class: 'answer', hidden: true }, h('span', { class: 'answer-label', text: t.answer }), h('p')),
    h('div', { class: 'actions' }),
  );
  return li;
}

function updateQuestion(li, q) {
  const seen = `${lang}|${q.status}|${q.upvotes}|${q.viewerHasUpvoted}|${q.pinned}|${q.answer}|${q.body}|${q.authorName}|${auth.signedIn}|${page.state.isHost}`;
  if (li.dataset.seen === seen) return;
  li.dataset.seen = seen;
  li.dataset.status = q.status;
  li.classList.toggle('pinned', q.pinned);
  li.querySelector('.author').textContent = q.authorName || t.anonymousAuthor;
  const time = li.querySelector('time');
  time.dateTime = q.askedAt;
  time.textContent = fmtTime(q.askedAt);
  const badges = li.querySelector('.badges');
  clear(badges);
  if (q.pinned) badges.append(h('span', { class: 'badge pinned', text: t.pinned }));
  if (q.status === 'ANSWERED') badges.append(h('span', { class: 'badge answered', text: t.answered }));
  if (q.status === 'PENDING') badges.append(h('span', { class: 'badge pending', text: t.pending }));
  if (q.status === 'HIDDEN') badges.append(h('span', { class: 'badge hidden', text: t.hiddenBadge }));
  li.querySelector('.body').textContent = q.body;
  const answer = li.querySelector('.answer');
  answer.hidden = !q.answer;
  answer.querySelector('.answer-label').textContent = t.answer;
  answer.querySelector('p').textContent = q.answer || '';

  const actions = li.querySelector('.actions');
  const focused = actions.contains(document.activeElement) ? document.activeElement.dataset.action : null;
  clear(actions);
  if (q.status === 'PUBLISHED' || q.status === 'ANSWERED') {
    actions.append(
      h(
        'button',
        {
          type: 'button',
          class: 'upvote',
          'data-action': 'upvote',
          'aria-pressed': q.viewerHasUpvoted ? 'true' : 'false',
          'aria-label': q.viewerHasUpvoted ? t.unvote(q.upvotes) : t.upvote(q.upvotes),
          disabled: !auth.signedIn,
          title: auth.signedIn ? null : t.signInToAsk,
          onclick: () => vote(q.id),
        },
        h('span', { 'aria-hidden': 'true', text: '▲ ' }),
        h('span', { class: 'count', text: String(q.upvotes) }),
      ),
    );
  }
  if (page.state.isHost) {
    const act = (action, label, onclick, cls = 'ghost') =>
      h('button', { type: 'button', class: cls, 'data-action': action, text: label, onclick });
    if (q.status === 'PENDING' || q.status === 'HIDDEN') actions.append(act('publish', t.publish, () => moderate(q.id, 'PUBLISH')));
    if (q.status !== 'HIDDEN') actions.append(act('hide', t.hide, () => moderate(q.id, 'HIDE')));
    if (q.status === 'PUBLISHED' || q.status === 'ANSWERED')
      actions.append(
        q.pinned ? act('unpin', t.unpin, () => moderate(q.id, 'UNPIN')) : act('pin', t.pin, () => moderate(q.id, 'PIN')),
      );
    if (q.status !== 'HIDDEN') actions.append(act('answer', t.answerAction, () => openAnswer(li, q)));
  }
  if (focused) actions.querySelector(`[data-action="${focused}"]`)?.focus({ preventScroll: true });
}

function openAnswer(li, q) {
  let form = li.querySelector('.answer-form');
  if (form) {
    form.querySelector('textarea').focus();
    return;
  }
  const id = `answer-${q.id}`;
  const textarea = h('textarea', { id, rows: 3, maxlength: 2000, required: true, text: q.answer || '' });
  form = h(
    'form',
    { class: 'answer-form' },
    h('label', { for: id, text: t.answerLabel }),
    textarea,
    h(
      'div',
      { class: 'ask-row' },
      h('button', { type: 'submit', class: 'primary', text: t.postAnswer }),
      h('button', { type: 'button', class: 'ghost', text: t.cancel, onclick: () => form.remove() }),
    ),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = textarea.value.trim();
    if (!text) return;
    try {
      const data = await api.request(M.answer, { input: { questionId: q.id, answer: text } });
      form.remove();
      page.state.upsert(data.answerQuestion.question);
      renderQuestions();
    } catch (err) {
      flash(errorText(err));
    }
  });
  li.append(form);
  textarea.focus();
}

async function vote(id) {
  const q = page.state.questions.get(id);
  if (!q || !auth.signedIn) return;
  const undo = q.viewerHasUpvoted;
  try {
    const data = await api.request(undo ? M.unvote : M.upvote, { input: { questionId: id } });
    page.state.upsert(undo ? data.removeQuestionUpvote.question : data.upvoteQuestion.question);
    renderQuestions();
  } catch (e) {
    flash(errorText(e));
  }
}

async function moderate(id, action) {
  try {
    const data = await api.request(M.moderate, { input: { questionId: id, action } });
    page.state.upsert(data.moderateQuestion.question);
    renderQuestions();
  } catch (e) {
    flash(errorText(e));
  }
}

// --- Start ---------------------------------------------------------------------------------

let wasSignedIn = auth.signedIn;
auth.onChange(() => {
  if (!page) return;
  // A renewed token (or none after signing out) needs a new connection: the server keeps the
  // identity a websocket started with. The stream resumes from its cursor.
  if (wasSignedIn !== auth.signedIn) {
    // Signed out (or the provider refused a renewal): what this viewer may see changes.
    wasSignedIn = auth.signedIn;
    resync();
  } else {
    page.stream?.restart();
  }
});

window.addEventListener('online', () => {
  if (page?.stream && page.stream.status !== 'live') page.stream.restart();
});

async function boot() {
  document.documentElement.lang = tagOf(lang);
  const path = location.pathname.replace(/\/+$/, '');
  if (path === CALLBACK_PATH) {
    let back = '/live/';
    try {
      back = await auth.completeSignIn(location.search);
    } catch (e) {
      back = e.returnTo || '/live/';
      sessionStorage.setItem('campus.live.flash', 'signInFailed');
    }
    history.replaceState(null, '', back);
  }
  const flashKey = sessionStorage.getItem('campus.live.flash');
  sessionStorage.removeItem('campus.live.flash');
  const current = location.pathname.replace(/\/+$/, '');
  const match = /^\/live\/([^/]+)$/.exec(current);
  if (match) await showSession(decodeURIComponent(match[1]));
  else await showIndex();
  if (flashKey && t[flashKey]) flash(t[flashKey]);
}

boot();
