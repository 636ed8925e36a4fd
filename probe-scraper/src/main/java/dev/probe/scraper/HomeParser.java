package dev.probe.scraper;

import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.FriendCodePage;
import dev.probe.core.domain.page.HomePage;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** {@code /home/} and {@code /friend/userFriendCode/}: the user block, and the friend code. */
final class HomeParser {

  private static final Pattern FRIEND_CODE = Pattern.compile("\\d{8,20}");

  private HomeParser() {}

  static HomePage home(Element main, Region region) {
    return new HomePage(region, UserBlockReader.read(main, "home page"));
  }

  static FriendCodePage friendCode(Element main, Region region) {
    String kind = "friend code page";
    Element code = main.selectFirst(".town_block .see_through_block");
    String text = code == null ? "" : Texts.trimAscii(code.text());
    if (!FRIEND_CODE.matcher(text).matches()) {
      throw Pages.unreadable(kind, "it shows no friend code");
    }
    return new FriendCodePage(region, UserBlockReader.read(main, kind), text);
  }
}
