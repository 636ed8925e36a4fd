package dev.probe.web;

/** Who may call a route. */
enum Access {
  /** anybody: static files, the login form */
  OPEN,
  /** the owner, or anybody when reads are public */
  READ,
  /** the owner only, even when reads are public (pages about this machine, not the archive) */
  OWNER,
  /** the owner only; with a session cookie also a valid CSRF token */
  WRITE
}
