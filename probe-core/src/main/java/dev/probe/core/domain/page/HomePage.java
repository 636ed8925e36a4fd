package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;

/** {@code /home/}: the user block; the cheapest proof that a session is alive. */
public record HomePage(Region region, UserBlock player) implements NetPage {
  @Override
  public PageKind kind() {
    return PageKind.HOME;
  }
}
