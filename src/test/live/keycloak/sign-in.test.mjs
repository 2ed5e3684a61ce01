// Signing in to the livestream page through Keycloak's own login form (authorization code with
// PKCE against the campus realm's public client campus-app), then asking a question with the token.
// Run by KeycloakIT against its packaged service when CAMPUS_KEYCLOAK_URL is set.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, gql, launch, live, visitor } from '../support.mjs';

const REALM = process.env.LIVE_KEYCLOAK_URL;
const SESSION = process.env.LIVE_SESSION_ID;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('graduate1 signs in through the Keycloak login form and asks a question', async () => {
  assert.ok(REALM && SESSION, 'LIVE_KEYCLOAK_URL and LIVE_SESSION_ID are set by KeycloakIT');
  const { page, context } = await visitor(browser, { lang: 'en' });
  page.on('console', (m) => console.log('[console]', m.text()));
  await page.goto(`${BASE}/live/${encodeURIComponent(SESSION)}`);
  await live(page);
  await page.getByRole('button', { name: 'Sign in', exact: true }).first().click();

  // Keycloak's page, not ours: the realm's login form.
  await page.waitForURL((url) => url.href.startsWith(`${REALM}/protocol/openid-connect/auth`));
  const authorize = new URL(page.url());
  assert.equal(authorize.searchParams.get('client_id'), 'campus-app');
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  await page.locator('#username').fill('graduate1');
  await page.locator('#password').fill('graduate1');
  await page.locator('#kc-login').click();

  await page.waitForURL((url) => url.href.startsWith(`${BASE}/live/`) && !url.pathname.endsWith('/signed-in'));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await live(page);
  await page.getByLabel('Your question').fill('Signed in through Keycloak: is the post open to master students?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await page.locator('#questions > li').filter({ hasText: 'Signed in through Keycloak' }).waitFor();

  const data = await gql(
    null,
    `query($id: ID!) { node(id: $id) { ... on RecruitmentSession { questions { nodes { body authorName } } } } }`,
    { id: SESSION },
  );
  const asked = data.node.questions.nodes.find((q) => q.body.startsWith('Signed in through Keycloak'));
  assert.ok(asked, 'the question is stored');
  await context.close();
});
