package dev.probe.web;

/**
 * Who is asking, as far as the owner's token goes.
 *
 * @param owner whether the request proved it holds the token
 * @param byCookie whether that proof is the session cookie (then writes also need the CSRF token)
 * @param wrongToken whether a bearer token was sent and is wrong
 * @param csrfToken the token forms of this session must carry ("" without a session)
 */
record Viewer(boolean owner, boolean byCookie, boolean wrongToken, String csrfToken) {
  static final Viewer ANONYMOUS = new Viewer(false, false, false, "");
}
