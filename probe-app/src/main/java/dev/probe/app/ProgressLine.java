package dev.probe.app;

import dev.probe.core.application.port.in.Progress;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** One line on stderr, rewritten in place as a long command advances. */
final class ProgressLine implements Consumer<Progress> {

  private final PrintWriter err;
  private int width;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(Progress p) {
    String text = p.total() > 0 ? p.step() + " " + p.done() + "/" + p.total() : p.step() + " …";
    err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = text.length();
  }

  /** Ends the line so that the summary starts on its own. */
  void end() {
    if (width > 0) {
      err.println();
      err.flush();
      width = 0;
    }
  }
}
