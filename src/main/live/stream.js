// The session's events over graphql-transport-ws (the graphql-ws client), resumed with `after`
// = the cursor of the last event handed to the page, so that a reconnect shows no gap and no
// duplicate (docs/LIVE.md, "What clients rely on").
import { createClient } from 'graphql-ws/client';

export const EVENTS = `subscription LiveEvents($sessionId: ID!, $after: String) {
  sessionEvents(sessionId: $sessionId, after: $after) {
    cursor type occurredAt viewerCount
    question { ...LiveQuestion }
    session { id status startedAt endedAt viewerCount }
  }
}`;

/** Back-off between attempts: 0.5 s doubling to 15 s, with jitter so that viewers spread out. */
export function backoff(attempt) {
  const base = Math.min(15000, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A ping every 10 s; no pong within 5 s means the network went away without closing the socket. */
const PING_EVERY = 10000;
const PONG_WITHIN = 5000;

export class LiveStream {
  /**
   * @param {object} o
   * @param {string} o.url websocket URL of /graphql
   * @param {string} o.sessionId
   * @param {string} o.fragment the LiveQuestion fragment
   * @param {() => string|null} o.token the current access token, if signed in
   * @param {(event: object) => void} o.onEvent each event, once, in order
   * @param {(status: 'connecting'|'live'|'reconnecting'|'stopped') => void} o.onStatus
   * @param {(reason: string) => void} o.onResync the stream cannot go on from its cursor: reload
   */
  constructor(o) {
    Object.assign(this, o);
    this.cursor = null;
    this.generation = 0;
    this.client = null;
    this.failures = 0;
    this.status = 'stopped';
  }

  /** Starts after `cursor` (the session's lastEventCursor read with the page's snapshot). */
  start(cursor) {
    this.cursor = cursor;
    this.connect();
  }

  /** A new connection from the current cursor: after a token renewal or coming back online. */
  restart() {
    if (this.status === 'stopped' && !this.client) return;
    this.connect();
  }

  stop() {
    this.generation++;
    this.dispose();
    this.setStatus('stopped');
  }

  dispose() {
    const old = this.client;
    this.client = null;
    if (old) old.dispose();
  }

  setStatus(status) {
    if (this.status !== status) {
      this.status = status;
      this.onStatus?.(status);
    }
  }

  connect() {
    const generation = ++this.generation;
    this.dispose();
    this.setStatus(this.failures > 0 ? 'reconnecting' : 'connecting');
    const current = () => generation === this.generation;
    let pongTimer = null;
    const client = createClient({
      url: this.url,
      lazy: true,
      // The client's own retry, for every close that is not the page's doing: 1012 (a replica
      // restarting) and 4000 (this client fell behind) included.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => sleep(backoff(retries)),
      connectionParams: () => {
        const token = this.token();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
      keepAlive: PING_EVERY,
      on: {
        // A phone that leaves a Wi-Fi often gets no close at all: a ping without a pong ends the
        // socket (4499), and the client's retry reconnects.
        ping: (received) => {
          if (received) return;
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => {
            if (current()) client.terminate();
          }, PONG_WITHIN);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        connected: () => {
          if (!current()) return;
          this.failures = 0;
          this.setStatus('live');
        },
        closed: () => {
          clearTimeout(pongTimer);
          if (!current()) return;
          this.failures++;
          this.setStatus('reconnecting');
        },
      },
    });
    this.client = client;
    // The client sends this payload again on each of its reconnects: keeping `after` at the last
    // cursor handed on makes each retry resume exactly there.
    const payload = {
      query: `${EVENTS}\n${this.fragment}`,
      variables: { sessionId: this.sessionId, after: this.cursor },
    };
    client.subscribe(payload, {
      next: (message) => {
        if (!current()) return;
        const event = message.data?.sessionEvents;
        if (!event) {
          this.onResync?.('event-error');
          return;
        }
        this.cursor = event.cursor;
        payload.variables.after = event.cursor;
        this.onEvent(event);
      },
      error: (error) => {
        if (!current()) return;
        const errors = Array.isArray(error) ? error : [];
        const code = errors[0]?.extensions?.code;
        if (code === 'NOT_FOUND') {
          this.stop();
          this.onResync?.('not-found');
          return;
        }
        if (code === 'BAD_USER_INPUT') {
          // The cursor is no longer valid here: read the page again and start from its cursor.
          this.stop();
          this.onResync?.('cursor');
          return;
        }
        // Anything else (a refused token, a close the client will not retry): start over.
        this.retryLater(generation);
      },
      complete: () => {
        // A session's stream has no end; the server ended this one (a resolver failed, it was
        // shut down): resubscribe from the cursor.
        if (current()) this.retryLater(generation);
      },
    });
  }

  async retryLater(generation) {
    this.failures++;
    this.setStatus('reconnecting');
    await sleep(backoff(this.failures));
    if (generation === this.generation) this.connect();
  }
}
