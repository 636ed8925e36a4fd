package dev.probe.core.application.port.in;

import java.util.function.Consumer;

/**
 * Live progress of a long use case (sync, import, reparse), for a progress line or a web page.
 *
 * @param step what is being done now, e.g. {@code record list} or {@code detail 3/7}
 * @param done units finished in this step
 * @param total units in this step; 0 when not known
 */
public record Progress(String step, int done, int total) {

  /** A listener that ignores progress. */
  public static final Consumer<Progress> IGNORE = p -> {};

  public Progress {
    step = step == null ? "" : step;
    if (done < 0 || total < 0) {
      throw new IllegalArgumentException("negative progress: " + done + "/" + total);
    }
  }
}
