// What the browser tests of the livestream page share: Debian's Chromium driven by playwright-core,
// users who sign in through the test provider's login form (OidcStub, started by LivePageIT), set-up
// through the GraphQL API with tokens of the same provider, axe-core, screenshots, and a network cut.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE = required('LIVE_BASE_URL').replace(/\/+$/, '');
export const OIDC = process.env.LIVE_OIDC_URL?.replace(/\/+$/, '');
export const USERS = JSON.parse(process.env.LIVE_USERS || '{}');
export const SHOTS = process.env.LIVE_SCREENSHOTS || 'target/live-page/screenshots';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: these tests run from LivePageIT (./mvnw verify)`);
  return value;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with a fresh profile (launchPersistentContext is not needed: contexts are fresh). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** A new browser context: one visitor, with its own storage, in this language. */
export async function visitor(browser, { lang = 'en', device = DESKTOP } = {}) {
  const context = await browser.newContext({
    ...device,
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    extraHTTPHeaders: { 'Accept-Language': lang === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-US,en;q=0.9' },
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  return { context, page };
}

/** Signs in the real way: the page's Sign in button, the provider's login form, back with a code. */
export async function signIn(page, user) {
  await page.locator('main h1').first().waitFor();
  await Promise.all([
    page.waitForURL(/\/authorize\?/, { waitUntil: 'commit' }),
    page.getByRole('button', { name: /^(Sign in|登录)$/ }).first().click(),
  ]);
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(user);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => /\/live\//.test(url.pathname) && !url.pathname.endsWith('/signed-in'));
  await page.getByRole('button', { name: /^(Sign out|退出)$/ }).waitFor();
}

const tokens = new Map();

/** An access token for set-up calls, by the provider's password grant. */
export async function tokenFor(user) {
  const cached = tokens.get(user);
  if (cached && cached.until > Date.now()) return cached.token;
  const response = await fetch(`${OIDC}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'campus-app', username: user, password: user }),
  });
  const body = await response.json();
  if (!body.access_token) throw new Error(`no token for ${user}: ${JSON.stringify(body)}`);
  tokens.set(user, { token: body.access_token, until: Date.now() + (body.expires_in - 5) * 1000 });
  return body.access_token;
}

/** A GraphQL call as `user` (or anonymous); throws on errors. */
export async function gql(user, query, variables = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (user) headers.Authorization = `Bearer ${await tokenFor(user)}`;
  const response = await fetch(`${BASE}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let employerOnce = null;

/**
 * A verified employer of USERS.host with two published postings, one per test file (registering
 * employers is rate-limited per user); each test schedules its own session.
 */
function employerWithPostings() {
  employerOnce ??= createEmployerWithPostings();
  return employerOnce;
}

async function createEmployerWithPostings() {
  const { host, staff } = USERS;
  const employer = (
    await gql(host, `mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }`, {
      i: { name: '分子化学实验室 Molecular Chemistry Lab', kind: 'RESEARCH_GROUP', industry: 'RESEARCH', region: '北京' },
    })
  ).registerEmployer.employer.id;
  await gql(staff, `mutation($i: VerifyEmployerInput!) { verifyEmployer(input: $i) { employer { id } } }`, {
    i: { employerId: employer, approve: true },
  });
  const postings = [];
  for (const title of ['科研助理（有机化学方向）Research Assistant', '实验室安全管理助理 Lab Safety Assistant']) {
    const id = (
      await gql(host, `mutation($i: CreatePostingInput!) { createPosting(input: $i) { posting { id } } }`, {
        i: {
          employerId: employer,
          title,
          description: '协助开展化学合成实验。Assist with synthesis experiments.',
          kind: 'RESEARCH_ASSISTANT',
          region: '北京',
          salaryMin: 5000,
          salaryMax: 7000,
          headcount: 2,
          deadline: new Date(Date.now() + 20 * 86400000).toISOString(),
        },
      })
    ).createPosting.posting.id;
    await gql(host, `mutation($i: SubmitPostingInput!) { submitPosting(input: $i) { posting { id } } }`, { i: { postingId: id } });
    await gql(staff, `mutation($i: ReviewPostingInput!) { reviewPosting(input: $i) { posting { id } } }`, {
      i: { postingId: id, approve: true },
    });
    postings.push(id);
  }
  return { employer, postings };
}

/** A live (or scheduled) session of the test file's employer, featuring its first posting. */
export async function newSession({ moderated = false, live = true, title, streamUrl } = {}) {
  const { host } = USERS;
  const { employer, postings } = await employerWithPostings();
  const session = (
    await gql(
      host,
      `mutation($i: ScheduleRecruitmentSessionInput!) { scheduleRecruitmentSession(input: $i) { session { id } } }`,
      {
        i: {
          title: title || '分子化学实验室直播带岗：科研助理招聘',
          hostEmployerId: employer,
          startsAt: new Date(Date.now() + 60000).toISOString(),
          endsAt: new Date(Date.now() + 3600000).toISOString(),
          featuredPostingIds: [postings[0]],
          moderated,
          streamUrl: streamUrl ?? null,
        },
      },
    )
  ).scheduleRecruitmentSession.session.id;
  if (live) {
    await gql(host, `mutation($i: StartRecruitmentSessionInput!) { startRecruitmentSession(input: $i) { session { id } } }`, {
      i: { sessionId: session },
    });
  }
  return { id: session, employer, postings, url: `${BASE}/live/${encodeURIComponent(session)}` };
}

export async function ask(user, sessionId, body, anonymous = false) {
  return (
    await gql(user, `mutation($i: AskQuestionInput!) { askQuestion(input: $i) { question { id status } } }`, {
      i: { sessionId, body, anonymous },
    })
  ).askQuestion.question;
}

/** The question bodies the page lists, in order (the public list). */
export async function shownQuestions(page) {
  return page.locator('#questions > li .body').allTextContents();
}

/** Waits for the page's stream to be connected. */
export async function live(page) {
  await page.waitForFunction(() => document.body.dataset.stream === 'live', null, { timeout: 15000 });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page) {
  // Evaluated through the driver: the page's Content-Security-Policy allows no inline script.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/**
 * Cuts the page's network the way a phone loses it: HTTP fails (offline) and its websockets are
 * closed; none can open until restore(). Playwright's offline mode alone leaves open websockets
 * up, so the sockets are routed through here from the start.
 */
export async function cuttableNetwork(context) {
  let down = false;
  const sockets = new Set();
  await context.routeWebSocket(/\/graphql$/, (ws) => {
    if (down) {
      ws.close({ code: 1001, reason: 'offline' });
      return;
    }
    const server = ws.connectToServer();
    sockets.add(ws);
    ws.onClose(() => sockets.delete(ws));
    server.onClose(() => sockets.delete(ws));
  });
  return {
    async cut() {
      down = true;
      await context.setOffline(true);
      for (const ws of [...sockets]) await ws.close({ code: 1001, reason: 'network lost' });
      sockets.clear();
    },
    async restore() {
      down = false;
      await context.setOffline(false);
    },
    get open() {
      return sockets.size;
    },
  };
}
