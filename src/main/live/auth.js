// Sign-in with the authorization-code flow and PKCE (RFC 7636, S256) against the OIDC provider's
// public client, written against its discovery document. Tokens stay in this tab's
// sessionStorage; the access token is renewed with the refresh token before it expires.

const KEY = 'campus.live.auth';
const PENDING = 'campus.live.signin';
/** Renew when this share of the token's lifetime is left (and at least 5 s before it ends). */
const RENEW_AT_REMAINING = 0.25;

export const CALLBACK_PATH = '/live/signed-in';

function base64url(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function claimsOf(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      [...atob(part)].map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''),
    );
    return JSON.parse(json);
  } catch {
    return {};
  }
}

export class Auth {
  /** @param {{discoveryUrl: string|null, clientId: string, scope: string}} config */
  constructor(config) {
    this.config = config;
    this.listeners = new Set();
    this.timer = null;
    this.tokens = this.load();
    if (this.tokens) this.schedule();
  }

  get available() {
    return Boolean(this.config.discoveryUrl && this.config.clientId);
  }

  /** Called with the new access token (or null when signed out) whenever it changes. */
  onChange(listener) {
    this.listeners.add(listener);
  }

  notify() {
    for (const listener of this.listeners) listener(this.accessToken());
  }

  load() {
    try {
      const t = JSON.parse(sessionStorage.getItem(KEY));
      return t && t.accessToken && (t.expiresAt > Date.now() || t.refreshToken) ? t : null;
    } catch {
      return null;
    }
  }

  save(tokens) {
    this.tokens = tokens;
    if (tokens) sessionStorage.setItem(KEY, JSON.stringify(tokens));
    else sessionStorage.removeItem(KEY);
  }

  /** The access token while it is valid; null when signed out or expired. */
  accessToken() {
    const t = this.tokens;
    return t && t.expiresAt - 2000 > Date.now() ? t.accessToken : null;
  }

  get signedIn() {
    return this.accessToken() !== null;
  }

  async discovery() {
    if (!this.metadata) {
      const response = await fetch(this.config.discoveryUrl, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`discovery ${response.status}`);
      this.metadata = await response.json();
    }
    return this.metadata;
  }

  redirectUri() {
    return location.origin + CALLBACK_PATH;
  }

  /** Leaves for the provider's login page; comes back to CALLBACK_PATH, then to `returnTo`. */
  async signIn(returnTo, locale) {
    const metadata = await this.discovery();
    const verifier = randomString(48);
    const state = randomString(16);
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
    const url = new URL(metadata.authorization_endpoint);
    const params = {
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: this.redirectUri(),
      scope: this.config.scope,
      state,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256',
    };
    if (locale) params.ui_locales = locale;
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.assign(url.toString());
  }

  /** On CALLBACK_PATH: exchanges the code; returns where to go back to. */
  async completeSignIn(search) {
    const params = new URLSearchParams(search);
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    if (!pending) throw new Error('no sign-in was started in this tab');
    const returnTo = pending.returnTo || '/live/';
    if (params.get('error')) throw Object.assign(new Error(params.get('error')), { returnTo });
    if (params.get('state') !== pending.state) throw Object.assign(new Error('state mismatch'), { returnTo });
    const metadata = await this.discovery();
    const tokens = await this.tokenRequest(metadata.token_endpoint, {
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: this.redirectUri(),
      client_id: this.config.clientId,
      code_verifier: pending.verifier,
    });
    this.save(tokens);
    this.schedule();
    this.notify();
    return returnTo;
  }

  async tokenRequest(endpoint, form) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
      throw new Error(`token endpoint: ${body.error || response.status}`);
    }
    const now = Date.now();
    const exp = claimsOf(body.access_token).exp;
    const expiresAt = body.expires_in ? now + body.expires_in * 1000 : exp ? exp * 1000 : now + 300000;
    return {
      accessToken: body.access_token,
      refreshToken: body.refresh_token || form.refresh_token || null,
      idToken: body.id_token || this.tokens?.idToken || null,
      issuedAt: now,
      expiresAt,
    };
  }

  schedule() {
    clearTimeout(this.timer);
    const t = this.tokens;
    if (!t) return;
    const lifetime = t.expiresAt - t.issuedAt;
    const at = t.expiresAt - Math.max(5000, lifetime * RENEW_AT_REMAINING);
    this.timer = setTimeout(() => this.renew(), Math.max(0, at - Date.now()));
  }

  /** Renews the access token with the refresh token; signs out when the provider refuses. */
  async renew() {
    const t = this.tokens;
    if (!t) return false;
    if (!t.refreshToken) {
      this.expireLater();
      return false;
    }
    try {
      const metadata = await this.discovery();
      const tokens = await this.tokenRequest(metadata.token_endpoint, {
        grant_type: 'refresh_token',
        refresh_token: t.refreshToken,
        client_id: this.config.clientId,
      });
      this.save(tokens);
      this.schedule();
      this.notify();
      return true;
    } catch (e) {
      if (e instanceof TypeError && t.expiresAt > Date.now()) {
        // Offline: try again shortly while the token still lives.
        this.timer = setTimeout(() => this.renew(), 3000);
        return false;
      }
      this.save(null);
      this.notify();
      return false;
    }
  }

  /** No refresh token: the session ends when the access token does. */
  expireLater() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.save(null);
      this.notify();
    }, Math.max(0, this.tokens.expiresAt - Date.now()));
  }

  claims() {
    return this.tokens ? claimsOf(this.tokens.accessToken) : {};
  }

  /** Forgets the tokens; ends the provider's session too when it offers a logout endpoint. */
  async signOut(returnTo) {
    const idToken = this.tokens?.idToken;
    clearTimeout(this.timer);
    this.save(null);
    this.notify();
    let metadata = null;
    try {
      metadata = await this.discovery();
    } catch {
      // Signed out of the page all the same.
    }
    if (metadata?.end_session_endpoint) {
      const url = new URL(metadata.end_session_endpoint);
      url.searchParams.set('client_id', this.config.clientId);
      url.searchParams.set('post_logout_redirect_uri', location.origin + returnTo);
      if (idToken) url.searchParams.set('id_token_hint', idToken);
      location.assign(url.toString());
    }
  }
}
