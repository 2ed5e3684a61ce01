// Languages, accessibility (axe-core, keyboard), phone and desktop layouts, first render; and the
// screenshots in docs/live-page (written there with -DupdateScreenshots=true).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ask,
  axeViolations,
  DESKTOP,
  gql,
  launch,
  live,
  newSession,
  PHONE,
  screenshot,
  signIn,
  USERS,
  visitor,
} from './support.mjs';

let browser;
let session;
before(async () => {
  browser = await launch();
  // A session as a viewer finds it mid-stream: questions upvoted, one pinned, one answered.
  session = await newSession();
  const q1 = await ask(USERS.graduate1, session.id, '请问科研助理需要每周到岗几天？How many days a week?');
  const q2 = await ask(USERS.graduate2, session.id, '实验室会提供有机合成的培训吗？', true);
  const q3 = await ask(USERS.graduate3, session.id, 'Can international students apply for this post?');
  await ask(USERS.graduate2, session.id, '毕业论文可以和实验室课题结合吗？');
  const run = (user, m, input) => gql(user, m, { i: input });
  const upvote = `mutation($i: UpvoteQuestionInput!) { upvoteQuestion(input: $i) { question { id } } }`;
  for (const user of [USERS.graduate2, USERS.graduate3]) await run(user, upvote, { questionId: q2.id });
  await run(USERS.graduate1, upvote, { questionId: q3.id });
  await run(USERS.host, `mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { question { id } } }`, {
    questionId: q2.id,
    answer: '会的。入职第一周有系统的安全与合成培训。Yes: safety and synthesis training in week one.',
  });
  await run(USERS.host, `mutation($i: ModerateQuestionInput!) { moderateQuestion(input: $i) { question { id } } }`, {
    questionId: q1.id,
    action: 'PIN',
  });
});
after(async () => {
  await browser?.close();
});

test('the page follows the browser language and switches between Chinese and English', async () => {
  const zh = await visitor(browser, { lang: 'zh' });
  await zh.page.goto(session.url);
  await live(zh.page);
  assert.equal(await zh.page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.equal(await zh.page.locator('#qa-title').evaluate((e) => e.firstChild.textContent), '互动问答');
  await zh.page.locator('.signed-out').filter({ hasText: '登录后可以提问' }).waitFor();

  await zh.page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await zh.page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await zh.page.locator('#qa-title').evaluate((e) => e.firstChild.textContent), 'Live Q&A');
  // The switch keeps focus and is remembered.
  assert.equal(await zh.page.evaluate(() => document.activeElement.className), 'lang');
  await zh.page.reload();
  await live(zh.page);
  assert.equal(await zh.page.locator('html').getAttribute('lang'), 'en');
  await zh.context.close();

  const en = await visitor(browser, { lang: 'en' });
  await en.page.goto(`${session.url}`);
  await live(en.page);
  assert.equal(await en.page.locator('#session-meta .badge').textContent(), 'Live');
  await en.context.close();
});

for (const lang of ['en', 'zh']) {
  for (const [deviceName, device] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ]) {
    test(`no serious or critical accessibility violations (${deviceName}, ${lang}); screenshot`, async () => {
      const v = await visitor(browser, { lang, device });
      await v.page.goto(session.url);
      await live(v.page);
      assert.deepEqual(await axeViolations(v.page), [], 'signed out');
      await signIn(v.page, USERS.graduate3);
      await live(v.page);
      await v.page.locator('#questions > li').nth(3).waitFor();
      assert.deepEqual(await axeViolations(v.page), [], 'signed in');
      await v.page.waitForFunction(() => /[1-9]/.test(document.querySelector('#viewer-count')?.textContent), null, {
        timeout: 15000,
      });
      await v.page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(v.page, `${deviceName}-${lang}`);
      if (deviceName === 'phone') {
        // One column: the Q&A comes right after the video, the positions after it.
        const video = await v.page.locator('.stage').boundingBox();
        const qa = await v.page.locator('.qa').boundingBox();
        const postings = await v.page.locator('.postings').boundingBox();
        assert.ok(qa.y > video.y + video.height && postings.y > qa.y + qa.height - 1, 'stacked');
        assert.ok(qa.width <= 390, 'fits the phone');
      } else {
        const video = await v.page.locator('.stage').boundingBox();
        const qa = await v.page.locator('.qa').boundingBox();
        assert.ok(qa.x > video.x + video.width - 1, 'side by side');
      }
      await v.context.close();
    });
  }
}

test('the host view has no serious or critical accessibility violations; screenshot', async () => {
  const moderated = await newSession({ moderated: true });
  await ask(USERS.graduate1, moderated.id, '请问实习可以远程吗？Can the internship be remote?');
  await ask(USERS.graduate2, moderated.id, 'What software does the lab use for data analysis?');
  const v = await visitor(browser, { lang: 'en' });
  await v.page.goto(moderated.url);
  await signIn(v.page, USERS.host);
  await live(v.page);
  await v.page.locator('#pending-list > li').nth(1).waitFor();
  await v.page.locator('#pending-list > li').first().getByRole('button', { name: 'Publish' }).click();
  await v.page.locator('#questions > li').first().waitFor();
  await v.page.locator('#questions > li').first().getByRole('button', { name: 'Answer' }).click();
  await v.page.getByLabel('Answer', { exact: true }).fill('可以部分远程。Partly: two days a week on site.');
  assert.deepEqual(await axeViolations(v.page), []);
  await screenshot(v.page, 'host-desktop-en');
  await v.context.close();
});

test('the list of sessions links to each live and upcoming session', async () => {
  const v = await visitor(browser, { lang: 'en' });
  await v.page.goto(new URL('/live/', session.url).toString());
  const link = v.page.getByRole('link', { name: /分子化学实验室直播带岗/ }).first();
  await link.waitFor();
  assert.deepEqual(await axeViolations(v.page), []);
  await v.page.getByRole('link', { name: /分子化学实验室直播带岗/ }).first().click();
  await v.page.waitForURL(/\/live\/[^/]+$/);
  await live(v.page);
  await v.context.close();
});

test('keyboard only: skip to the Q&A, write, ask anonymously, upvote', async () => {
  const own = await newSession();
  await ask(USERS.graduate2, own.id, 'A question to upvote by keyboard');
  const v = await visitor(browser, { lang: 'en' });
  await v.page.goto(own.url);
  await signIn(v.page, USERS.graduate1);
  await live(v.page);
  await v.page.locator('#questions > li').first().waitFor();
  await v.page.evaluate(() => document.activeElement?.blur());

  await v.page.keyboard.press('Tab');
  assert.equal(await v.page.evaluate(() => document.activeElement.textContent), 'Skip to Q&A');
  await v.page.keyboard.press('Enter');
  await v.page.keyboard.press('Tab');
  assert.equal(await v.page.evaluate(() => document.activeElement.id), 'ask-body');
  await v.page.keyboard.type('Typed without a mouse: is there a mentor for each assistant?');
  await v.page.keyboard.press('Tab');
  assert.equal(await v.page.evaluate(() => document.activeElement.id), 'ask-anonymous');
  await v.page.keyboard.press('Space');
  await v.page.keyboard.press('Tab');
  assert.equal(await v.page.evaluate(() => document.activeElement.textContent), 'Ask');
  await v.page.keyboard.press('Enter');
  const mine = v.page.locator('#questions > li').filter({ hasText: 'Typed without a mouse' });
  await mine.waitFor();
  assert.equal(await mine.locator('.author').textContent(), 'Anonymous');

  // Upvote with the keyboard: focus stays on the button while the list reorders around it.
  const target = v.page.locator('#questions > li').filter({ hasText: 'to upvote by keyboard' }).locator('.upvote');
  await target.focus();
  await v.page.keyboard.press('Enter');
  await v.page.waitForFunction(
    () => document.activeElement?.classList.contains('upvote') && document.activeElement.getAttribute('aria-pressed') === 'true',
    null,
    { timeout: 3000 },
  );
  await v.context.close();
});

test('first render on localhost is within a second (the median of five loads)', async () => {
  const v = await visitor(browser, { lang: 'en' });
  const times = [];
  for (let i = 0; i < 5; i++) {
    await v.page.goto(session.url);
    await v.page.locator('#questions > li').first().waitFor();
    times.push(
      await v.page.evaluate(() => Math.round(performance.getEntriesByName('live-rendered')[0]?.startTime ?? -1)),
    );
  }
  console.log(`first render (navigation start to questions shown), ms: ${times.join(', ')}`);
  assert.ok(times.every((t) => t > 0), `every load rendered: ${JSON.stringify(times)}`);
  // The median of the five: one load slowed down by whatever else runs on a shared machine does
  // not decide it.
  const median = [...times].sort((a, b) => a - b)[2];
  assert.ok(median <= 1000, `median ${median} ms of ${JSON.stringify(times)}`);
  await v.context.close();
});
