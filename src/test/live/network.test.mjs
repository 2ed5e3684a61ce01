// Network drops and token renewal: what was asked meanwhile is replayed, nothing missing, nothing twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ask, cuttableNetwork, launch, live, newSession, OIDC, shownQuestions, signIn, USERS, visitor } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const item = (page, body) => page.locator('#questions > li').filter({ hasText: body });

test('offline and back: the page replays what was asked meanwhile, with nothing missing or doubled', async () => {
  const session = await newSession();
  await ask(USERS.graduate2, session.id, 'Asked before the drop');
  const phone = await visitor(browser);
  const network = await cuttableNetwork(phone.context);
  await phone.page.goto(session.url);
  await signIn(phone.page, USERS.graduate1);
  await live(phone.page);
  assert.ok(network.open > 0, 'the page holds a websocket');
  await item(phone.page, 'Asked before the drop').waitFor();

  // 1. The phone loses its network: the page says it is reconnecting.
  await network.cut();
  await phone.page.waitForFunction(() => document.body.dataset.stream === 'reconnecting', null, { timeout: 5000 });
  assert.match(await phone.page.locator('#connection').textContent(), /Reconnecting/);

  // 2. Meanwhile three questions are asked, one upvoted, from elsewhere.
  const missed = ['Missed one: internship length?', 'Missed two: remote work?', 'Missed three: thesis topics?'];
  const ids = [];
  for (const body of missed) ids.push((await ask(USERS.graduate2, session.id, body)).id);
  await phone.page.waitForTimeout(1500);
  assert.equal(await item(phone.page, 'Missed one').count(), 0, 'nothing arrives while offline');

  // 3. Back online: the page reconnects by itself and resumes after the last event it showed.
  await network.restore();
  await live(phone.page);
  for (const body of missed) await item(phone.page, body).waitFor({ timeout: 20000 });
  const shown = await shownQuestions(phone.page);
  assert.equal(shown.length, 4, `each question once: ${JSON.stringify(shown)}`);
  assert.deepEqual(new Set(shown), new Set(['Asked before the drop', ...missed]));
  assert.equal(await phone.page.locator('#connection').textContent(), '');

  // 4. And it is live again: the next question arrives as it is asked.
  await ask(USERS.graduate3, session.id, 'After the reconnect');
  await item(phone.page, 'After the reconnect').waitFor({ timeout: 3000 });
  assert.equal((await shownQuestions(phone.page)).length, 5);
  await phone.context.close();
});

test('a server that closes the websocket with 1012 or 4000 is reconnected to, resuming where it stopped', async () => {
  const session = await newSession();
  const v = await visitor(browser);
  const sockets = [];
  await v.context.routeWebSocket(/\/graphql$/, (ws) => {
    const server = ws.connectToServer();
    sockets.push({ ws, server });
  });
  await v.page.goto(session.url);
  await live(v.page);
  for (const code of [1012, 4000]) {
    // The server's side of the socket closes with this code, as a restarting replica (1012) or a
    // replica dropping a client that fell behind (4000) does.
    const { ws } = sockets.at(-1);
    await ws.close({ code, reason: code === 1012 ? 'Service restart' : 'fell behind' });
    await ask(USERS.graduate1, session.id, `asked after a ${code} close`);
    await item(v.page, `asked after a ${code} close`).waitFor({ timeout: 20000 });
  }
  assert.equal((await shownQuestions(v.page)).length, 2);
  assert.ok(sockets.length >= 3, `reconnected (${sockets.length} connections)`);
  await v.context.close();
});

test('a connection that goes silent without closing is noticed by its pings and replaced', async () => {
  const session = await newSession();
  const v = await visitor(browser);
  const routes = [];
  await v.context.routeWebSocket(/\/graphql$/, (ws) => {
    const server = ws.connectToServer();
    routes.push({ ws, server });
  });
  await v.page.goto(session.url);
  await live(v.page);

  // Like a phone whose Wi-Fi vanished: the socket stays open but nothing gets through either way.
  const silent = routes.at(-1);
  silent.ws.onMessage(() => {});
  silent.server.onMessage(() => {});
  await ask(USERS.graduate1, session.id, 'Asked while the line was silent');
  // Within a ping interval and a pong timeout (15 s) the page gives up on it and resumes elsewhere.
  await item(v.page, 'Asked while the line was silent').waitFor({ timeout: 25000 });
  assert.ok(routes.length >= 2, 'a new connection');
  assert.equal((await shownQuestions(v.page)).length, 1);
  await v.context.close();
});

test('an access token that expires during a long session is renewed without losing the stream', async () => {
  const lifetime = Number(process.env.LIVE_TOKEN_SECONDS || 20);
  const session = await newSession();
  const before = await (await fetch(`${OIDC}/stats`)).json();
  const v = await visitor(browser);
  await v.page.goto(session.url);
  await signIn(v.page, USERS.graduate1);
  await live(v.page);

  // Questions keep coming over two token lifetimes; the page shows each once, in time.
  const asked = [];
  const end = Date.now() + 2.2 * lifetime * 1000;
  let n = 0;
  while (Date.now() < end) {
    const body = `Question ${++n} during a long session`;
    await ask([USERS.graduate1, USERS.graduate2, USERS.graduate3][n % 3], session.id, body);
    asked.push(body);
    await item(v.page, body).waitFor({ timeout: 5000 });
    await v.page.waitForTimeout(lifetime * 250);
  }
  const shown = await shownQuestions(v.page);
  assert.equal(shown.length, asked.length, `each once: ${JSON.stringify(shown)}`);

  // The page renewed its token with the refresh token, and the renewed token works: it can ask.
  const stats = await (await fetch(`${OIDC}/stats`)).json();
  assert.ok((stats.refresh_token ?? 0) - (before.refresh_token ?? 0) >= 2, `renewals: ${JSON.stringify(stats)}`);
  await v.page.getByLabel('Your question').fill('Still signed in after renewals?');
  await v.page.getByRole('button', { name: 'Ask', exact: true }).click();
  await item(v.page, 'Still signed in after renewals?').waitFor();
  assert.ok(await v.page.getByRole('button', { name: 'Sign out' }).isVisible());
  await v.context.close();
});
