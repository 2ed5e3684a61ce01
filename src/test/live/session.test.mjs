// Running a session from the page (start, feature a posting, end) and applying from it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, launch, live, newSession, signIn, USERS, visitor } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(session, user) {
  const v = await visitor(browser);
  await v.page.goto(session.url);
  if (user) await signIn(v.page, user);
  await live(v.page);
  return v;
}

test('the host starts the session, features a posting and ends it; viewers follow along', async () => {
  const session = await newSession({ live: false, streamUrl: 'https://live.example.edu/chem-lab' });
  const host = await open(session, USERS.host);
  const viewer = await open(session, null);

  // 1. Before the start: a placeholder with the start time, and no video.
  await viewer.page.locator('.video .placeholder').filter({ hasText: /The stream starts/ }).waitFor();
  assert.equal(await viewer.page.locator('#session-meta .badge').textContent(), 'Scheduled');
  assert.equal(await viewer.page.getByRole('button', { name: 'Start the session' }).count(), 0, 'not for viewers');

  // 2. The host starts it: the viewer's page goes live and embeds the stream.
  await host.page.getByRole('button', { name: 'Start the session' }).click();
  await viewer.page.locator('#session-meta .badge').filter({ hasText: 'Live' }).waitFor({ timeout: 3000 });
  const frame = viewer.page.locator('.video iframe');
  await frame.waitFor();
  assert.equal(await frame.getAttribute('src'), 'https://live.example.edu/chem-lab');
  assert.equal(await frame.getAttribute('title'), 'Live video');

  // 3. The host features a second posting: it shows on the viewer's page.
  await host.page.getByText('Choose featured positions').click();
  await host.page.getByLabel(/Lab Safety Assistant/).check();
  await host.page.getByRole('button', { name: 'Save featured positions' }).click();
  await viewer.page.locator('.posting').filter({ hasText: 'Lab Safety Assistant' }).waitFor({ timeout: 5000 });
  assert.equal(await viewer.page.locator('.posting').count(), 2);

  // 4. The host ends it: the viewer sees the end, and the ask box closes.
  host.page.once('dialog', (dialog) => dialog.accept());
  await host.page.getByRole('button', { name: 'End the session' }).click();
  await viewer.page.locator('.video .placeholder').filter({ hasText: /has ended/ }).waitFor({ timeout: 3000 });
  assert.equal(await viewer.page.locator('#session-meta .badge').textContent(), 'Ended');
  await host.page.locator('#ask').filter({ hasText: /no longer takes questions/ }).waitFor();
  for (const v of [host, viewer]) await v.context.close();
});

test('a signed-in graduate applies from the page, and the application records the session', async () => {
  const session = await newSession();
  const graduate = await open(session, USERS.graduate3);
  const posting = graduate.page.locator('.posting').first();
  await posting.getByRole('button', { name: /^Apply/ }).click();
  await posting.getByText('Applied').waitFor();

  const data = await gql(
    USERS.graduate3,
    `{ viewer { applications(first: 5) { nodes { posting { id } sourceSession { id } } } } }`,
  );
  const application = data.viewer.applications.nodes.find((a) => a.posting.id === session.postings[0]);
  assert.ok(application, 'applied');
  assert.equal(application.sourceSession?.id, session.id);

  // After a reload the page still knows.
  await graduate.page.reload();
  await graduate.page.locator('.posting').first().getByText('Applied').waitFor();
  await graduate.context.close();
});

test('hosts and staff get the host controls; graduates do not', async () => {
  const session = await newSession();
  const staff = await open(session, USERS.staff);
  await staff.page.getByRole('button', { name: 'End the session' }).waitFor();
  const graduate = await open(session, USERS.graduate1);
  assert.equal(await graduate.page.getByRole('button', { name: 'End the session' }).count(), 0);
  assert.equal(await graduate.page.getByText('Choose featured positions').count(), 0);
  for (const v of [staff, graduate]) await v.context.close();
});
