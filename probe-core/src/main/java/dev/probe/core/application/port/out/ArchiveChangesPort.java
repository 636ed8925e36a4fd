package dev.probe.core.application.port.out;

/**
 * Tells readers whether an archive changed, so a view computed from it can be kept until it does.
 * Only valid when every write to the archive goes through the process that asks (the local server
 * over its own embedded database); a database several processes write to needs a count kept in the
 * database itself.
 */
public interface ArchiveChangesPort {
  /**
   * A count that moves on once any write has completed (after its transaction, when it had one). A
   * view computed after reading {@code n} is current while the count is still {@code n}.
   */
  long changeCount();
}
