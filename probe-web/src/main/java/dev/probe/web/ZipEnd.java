package dev.probe.web;

/**
 * Finds a zip's end-of-central-directory record. Reading a zip as a stream stops quietly at a cut
 * between two entries; a zip whose end record is missing or does not end the bytes was cut short.
 */
final class ZipEnd {
  private static final int RECORD = 22;
  private static final int MAX_COMMENT = 0xffff;

  private ZipEnd() {}

  static boolean present(byte[] zip) {
    int last = zip.length - RECORD;
    int first = Math.max(0, last - MAX_COMMENT);
    for (int at = last; at >= first; at--) {
      if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 5 && zip[at + 3] == 6) {
        int comment = (zip[at + 20] & 0xff) | (zip[at + 21] & 0xff) << 8;
        return at + RECORD + comment == zip.length;
      }
    }
    return false;
  }
}
