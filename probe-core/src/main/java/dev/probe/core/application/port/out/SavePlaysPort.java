package dev.probe.core.application.port.out;

import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import java.util.List;

/** Stores plays. A play is never duplicated and never lost. */
public interface SavePlaysPort {

  /**
   * Saves plays of one player found by one run. A play whose key exists already is left as it is,
   * except that a detail is added to a stored play that had none.
   *
   * @return the keys of the plays that were new to the archive
   */
  List<PlayKey> savePlays(long syncRunId, List<Play> plays);
}
