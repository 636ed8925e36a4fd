package dev.probe.scraper.login;

/**
 * The small pages the phone sees instead of NET while signing in, in Chinese and English (the
 * phone's browser language is not worth guessing). Messages are escaped and never carry a secret.
 */
final class PhonePages {

  private PhonePages() {}

  static String done(String playerName) {
    return page(
        "probe ✓",
        "已登录" + (playerName.isEmpty() ? "" : "：" + escape(playerName)),
        "probe 已保存 NET 会话。现在可以关闭手机的 Wi-Fi 代理，回到 probe 同步。",
        "Signed in" + (playerName.isEmpty() ? "" : " as " + escape(playerName)),
        "probe stored the NET session. Switch the phone's Wi-Fi proxy off again and sync in probe.");
  }

  static String failed(String message) {
    return page(
        "probe ✗",
        "登录未完成",
        "请回到 probe 的页面查看原因，然后重新打开登录链接。",
        "Sign-in not completed",
        escape(message));
  }

  static String notArmed() {
    return page(
        "probe",
        "probe 还没有在等待登录",
        "请先在 probe 的「微信登录」页面选择玩家并点击开始，然后重新打开登录链接。",
        "probe is not waiting for a sign-in",
        "Choose the player on probe's WeChat sign-in page and press Start first, then open the"
            + " sign-in link again. Nothing was used up.");
  }

  static String proxyWorks() {
    return page(
        "probe",
        "代理设置正确",
        "这台手机的请求正经过 probe。现在在微信中打开登录链接。",
        "The proxy setting works",
        "This phone's requests pass through probe. Now open the sign-in link in WeChat.");
  }

  private static String page(String title, String zhHead, String zh, String enHead, String en) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + title
        + "</title></head><body style=\"font-family:sans-serif;margin:2em;line-height:1.5\">"
        + "<h1>"
        + zhHead
        + "</h1><p>"
        + zh
        + "</p><h2 lang=\"en\">"
        + enHead
        + "</h2><p lang=\"en\">"
        + en
        + "</p></body></html>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
