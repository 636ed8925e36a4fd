package dev.probe.app.exchange;

import java.util.ArrayList;
import java.util.List;

/** What an export wrote and what it had to leave out, and why. */
final class WriteReport {
  private int written;
  private final List<String> leftOut = new ArrayList<>();

  void written() {
    written++;
  }

  void leftOut(String why) {
    leftOut.add(why);
  }

  int writtenCount() {
    return written;
  }

  List<String> leftOutReasons() {
    return List.copyOf(leftOut);
  }
}
