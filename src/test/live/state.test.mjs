// The page's state rules on their own (no browser): each question once, pinned first, removals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SessionState, sortQuestions } from '../../main/live/state.js';

const q = (id, fields = {}) => ({
  id,
  body: `question ${id}`,
  status: 'PUBLISHED',
  upvotes: 0,
  pinned: false,
  askedAt: `2026-11-28T10:00:0${id.slice(-1)}Z`,
  ...fields,
});

const session = (questions, extra = {}) => ({ id: 'S', status: 'LIVE', viewerCount: 3, questions: { nodes: questions }, ...extra });

test('an event about a question already shown replaces it: never a second copy', () => {
  const state = new SessionState(session([q('q1'), q('q2')]));
  state.apply({ type: 'QUESTION_ASKED', question: q('q1') });
  state.apply({ type: 'QUESTION_UPDATED', question: q('q2', { upvotes: 4 }) });
  assert.deepEqual(
    state.publicList().map((x) => [x.id, x.upvotes]),
    [
      ['q2', 4],
      ['q1', 0],
    ],
  );
});

test('QUESTION_REMOVED takes the question away, carrying only its id', () => {
  const state = new SessionState(session([q('q1'), q('q2')]));
  assert.equal(state.apply({ type: 'QUESTION_REMOVED', question: { id: 'q1' } }), 'questions');
  assert.deepEqual(
    state.publicList().map((x) => x.id),
    ['q2'],
  );
});

test('a question hidden from a viewer leaves the list; a host keeps it among the hidden ones', () => {
  const viewer = new SessionState(session([q('q1')]));
  viewer.apply({ type: 'QUESTION_UPDATED', question: q('q1', { status: 'HIDDEN' }) });
  assert.equal(viewer.publicList().length, 0);

  const host = new SessionState(session([q('q1')]), { isHost: true });
  host.apply({ type: 'QUESTION_UPDATED', question: q('q1', { status: 'HIDDEN' }) });
  assert.equal(host.publicList().length, 0);
  assert.deepEqual(
    host.hiddenList().map((x) => x.id),
    ['q1'],
  );
});

test('pending questions: the host has them in a queue, oldest first; the author sees its own in the list', () => {
  const host = new SessionState(session([q('q2', { status: 'PENDING' }), q('q1', { status: 'PENDING' })]), { isHost: true });
  assert.deepEqual(
    host.pendingList().map((x) => x.id),
    ['q1', 'q2'],
  );
  assert.equal(host.publicList().length, 0);
  const author = new SessionState(session([q('q1', { status: 'PENDING' })]));
  assert.equal(author.publicList().length, 1);
  assert.equal(author.pendingList().length, 0);
});

test('unknown event types are skipped; viewer counts and session changes are taken', () => {
  const state = new SessionState(session([q('q1')]));
  assert.equal(state.apply({ type: 'SOMETHING_NEW', question: q('q9') }), null);
  assert.equal(state.questions.has('q9'), false);
  state.apply({ type: 'VIEWER_COUNT_CHANGED', viewerCount: 12 });
  assert.equal(state.viewerCount, 12);
  state.apply({ type: 'SESSION_ENDED', session: { id: 'S', status: 'ENDED' } });
  assert.equal(state.session.status, 'ENDED');
});

test('pinned first, then most upvoted (ties: asked first) or newest first', () => {
  const list = [q('q1', { upvotes: 2 }), q('q2', { upvotes: 5 }), q('q3', { pinned: true }), q('q4', { upvotes: 2 })];
  assert.deepEqual(
    sortQuestions([...list]).map((x) => x.id),
    ['q3', 'q2', 'q1', 'q4'],
  );
  assert.deepEqual(
    sortQuestions([...list], 'ASKED_AT').map((x) => x.id),
    ['q3', 'q4', 'q2', 'q1'],
  );
});
