// What the page shows of one session, and how each event of the stream changes it. Pure: no DOM,
// no network, so that the rules (no duplicates, order, removal) are tested on their own
// (src/test/live/state.test.mjs).

/** Questions a viewer who is not a host sees in the public list. */
const PUBLIC = new Set(['PUBLISHED', 'ANSWERED']);

export class SessionState {
  constructor(session, { isHost = false } = {}) {
    this.session = { ...session };
    this.isHost = isHost;
    this.viewerCount = session.viewerCount ?? 0;
    /** id -> question, the only copy of each: events replace, never append. */
    this.questions = new Map();
    for (const q of session.questions?.nodes ?? []) this.upsert(q);
    delete this.session.questions;
  }

  upsert(question) {
    if (!question || !question.id) return;
    if (question.status === 'HIDDEN' && !this.isHost) {
      // A viewer who may no longer see it: it leaves the list (the author is told nothing more).
      this.questions.delete(question.id);
      return;
    }
    const known = this.questions.get(question.id);
    this.questions.set(question.id, known ? { ...known, ...question } : question);
  }

  remove(id) {
    this.questions.delete(id);
  }

  /**
   * Applies one event of `sessionEvents`; returns what changed ('questions', 'session',
   * 'viewers', 'postings') so the view redraws only that, or null for an event it does not know
   * (newer servers may add types: they are skipped, their cursor still counts).
   */
  apply(event) {
    switch (event.type) {
      case 'QUESTION_ASKED':
      case 'QUESTION_UPDATED':
        this.upsert(event.question);
        return 'questions';
      case 'QUESTION_REMOVED':
        if (event.question?.id) this.remove(event.question.id);
        return 'questions';
      case 'VIEWER_COUNT_CHANGED':
        if (typeof event.viewerCount === 'number') this.viewerCount = event.viewerCount;
        return 'viewers';
      case 'SESSION_STARTED':
      case 'SESSION_ENDED':
      case 'SESSION_CANCELLED':
        this.mergeSession(event.session);
        return 'session';
      case 'POSTING_FEATURED':
        this.mergeSession(event.session);
        return 'postings';
      default:
        return null;
    }
  }

  mergeSession(session) {
    if (!session) return;
    const { questions, ...fields } = session;
    this.session = { ...this.session, ...fields };
    if (typeof fields.viewerCount === 'number') this.viewerCount = fields.viewerCount;
  }

  /** Published and answered questions (and the viewer's own pending ones), pinned first. */
  publicList(order) {
    return sortQuestions(
      [...this.questions.values()].filter(
        (q) => PUBLIC.has(q.status) || (q.status === 'PENDING' && !this.isHost),
      ),
      order,
    );
  }

  /** For hosts: questions waiting for moderation, oldest first. */
  pendingList() {
    if (!this.isHost) return [];
    return [...this.questions.values()]
      .filter((q) => q.status === 'PENDING')
      .sort((a, b) => compareAsked(a, b));
  }

  /** For hosts: hidden questions, newest first, so one hidden by mistake can be published again. */
  hiddenList() {
    if (!this.isHost) return [];
    return [...this.questions.values()]
      .filter((q) => q.status === 'HIDDEN')
      .sort((a, b) => compareAsked(b, a));
  }
}

function compareAsked(a, b) {
  const d = Date.parse(a.askedAt) - Date.parse(b.askedAt);
  return d !== 0 ? d : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Pinned first; then most upvoted (ties: asked first) or newest first. */
export function sortQuestions(list, order = 'UPVOTES') {
  return list.sort((a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if (order === 'ASKED_AT') return compareAsked(b, a);
    if (a.upvotes !== b.upvotes) return b.upvotes - a.upvotes;
    return compareAsked(a, b);
  });
}
