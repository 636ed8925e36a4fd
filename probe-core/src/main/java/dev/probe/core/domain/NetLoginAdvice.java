package dev.probe.core.domain;

/** What a player does next when NET no longer accepts their session, by region. */
public final class NetLoginAdvice {

  private NetLoginAdvice() {}

  /** One sentence naming the command (and the page) that gets a new session. */
  public static String nextStep(Region region, PlayerId player) {
    if (region == Region.CN) {
      return "Sign in with WeChat again: `probe session wechat --player "
          + player
          + "`, or Settings → WeChat in `probe serve` (docs/net-login.md).";
    }
    return "Log in again with `probe session login --region "
        + region
        + " --player "
        + player
        + "` or on the settings page of `probe serve`.";
  }
}
