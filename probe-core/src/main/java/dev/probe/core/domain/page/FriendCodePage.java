package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;

/** {@code /friend/userFriendCode/}: who the session belongs to. */
public record FriendCodePage(Region region, UserBlock player, String friendCode)
    implements NetPage {
  @Override
  public PageKind kind() {
    return PageKind.FRIEND_CODE;
  }
}
