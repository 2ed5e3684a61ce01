// GraphQL over HTTP (POST /graphql) with the signed-in user's token, if any.

export class ApiError extends Error {
  constructor(errors) {
    super(errors[0]?.message || 'request failed');
    this.errors = errors;
    this.code = errors[0]?.extensions?.code || 'INTERNAL';
    this.extensions = errors[0]?.extensions || {};
  }
}

export class Api {
  /** @param {() => string|null} token */
  constructor(token) {
    this.token = token;
  }

  /** The data of a query or mutation; an ApiError when the response has errors and no usable data. */
  async request(query, variables = {}, { partial = false } = {}) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch {
      throw new ApiError([{ message: 'network', extensions: { code: 'NETWORK' } }]);
    }
    const body = await response.json().catch(() => null);
    if (!body) throw new ApiError([{ message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL' } }]);
    if (body.errors?.length && !(partial && body.data)) throw new ApiError(body.errors);
    return body.data;
  }
}
