package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.net.URI;

/** Turns the remote's answer to a push into its reply text, or a failure a person can act on. */
final class PushReplies {
  private static final int SHOWN = 400;

  private PushReplies() {}

  static String check(URI endpoint, int status, String body) {
    String said = body == null ? "" : body.strip();
    if (said.length() > SHOWN) {
      said = said.substring(0, SHOWN) + "…";
    }
    if (status >= 200 && status < 300) {
      return said;
    }
    String where = "the remote probe at " + endpoint + " answered " + status;
    if (status == 401 || status == 403) {
      throw new ProbeException(
          ProbeException.Kind.UNAUTHORISED,
          where + ": check the owner's token in PROBE_PUSH_TOKEN or the token file");
    }
    if (status == 404) {
      throw ProbeException.notFound(
          where + ": is the URL the remote probe's address (with its stage, e.g. /release)?");
    }
    if (status == 413) {
      throw new ProbeException(ProbeException.Kind.TOO_LARGE, where + ": " + said);
    }
    if (status >= 300 && status < 400) {
      throw ProbeException.invalid(where + ": give the final https:// address of the remote probe");
    }
    if (status < 500) {
      throw ProbeException.invalid(where + ": " + said);
    }
    throw new ProbeException(ProbeException.Kind.STORE_UNAVAILABLE, where + ": " + said);
  }
}
