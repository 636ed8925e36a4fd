package dev.probe.core.domain;

/** Which page of a long list: 1-based page number and page size (1–500). */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 1) {
      throw ProbeException.invalid("page numbers start at 1: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ProbeException.invalid("page size must be 1–" + MAX_SIZE + ": " + size);
    }
  }

  public long offset() {
    return (long) (page - 1) * size;
  }
}
