// The one place that knows who is signed in and turns it into an Authorization header. Credentials
// stay in this module's memory: a reload or a closed tab forgets them, and no storage API sees them.

let current = null;

function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** HTTP Basic: user name and password, sent with every GraphQL request. */
export function signInWithPassword(user, password) {
  current = { user, authorization: 'Basic ' + base64(user + ':' + password) };
}

/** A bearer token pasted from an OpenID Connect provider, for deployments that use one. */
export function signInWithToken(token, user) {
  current = { user: user || null, authorization: 'Bearer ' + token.trim() };
}

export function signOut() {
  current = null;
}

/** The user name, '' for a token without one, or null when nobody is signed in. */
export function signedInAs() {
  return current ? current.user ?? '' : null;
}

export function authorizationHeaders() {
  return current ? { Authorization: current.authorization } : {};
}
