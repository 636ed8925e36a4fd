package dev.probe.scraper.fake;

/**
 * One play the fake NET knows.
 *
 * @param slot the ring position 0–49 NET puts in the detail idx
 * @param epoch the play's Unix second
 * @param track its track in the credit (1–4)
 * @param template which entry of the real record page lends it its chart and result
 */
public record FakePlay(int slot, long epoch, int track, int template) {

  /** The detail idx NET would print: {@code slot,epoch}. */
  public String idx() {
    return slot + "," + epoch;
  }
}
