package dev.probe.app;

import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SegaCredentials;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Asks for a SEGA ID and password: on a terminal the password is not echoed; without one (a pipe, a
 * script) they are the first two lines of standard input. Nothing read is ever printed.
 */
final class TerminalCredentials {

  private static final int MAX_LINE = 1024;

  private final Console console = System.console();
  private final PrintWriter err;
  private BufferedReader stdin;

  TerminalCredentials(PrintWriter err) {
    this.err = err;
  }

  boolean interactive() {
    return console != null;
  }

  SegaCredentials read() {
    if (console != null) {
      String id = console.readLine("SEGA ID: ");
      char[] password = console.readPassword("Password (not shown): ");
      try {
        return new SegaCredentials(
            id == null ? "" : id, password == null ? "" : new String(password));
      } finally {
        if (password != null) {
          Arrays.fill(password, ' ');
        }
      }
    }
    String id = line().strip();
    String password = line(); // kept as typed: spaces may be part of it
    if (id.isEmpty() || password.isEmpty()) {
      throw ProbeException.invalid(
          "no terminal to ask on: give the SEGA ID and the password as the first two lines of"
              + " standard input");
    }
    return new SegaCredentials(id, password);
  }

  /** Lists the cards and asks for one (up to three tries). */
  int chooseCard(List<AimeCard> cards) {
    err.println("This SEGA ID has several Aime cards:");
    for (AimeCard c : cards) {
      err.println("  " + c.index() + "  " + c.playerName());
    }
    err.flush();
    for (int attempt = 0; attempt < 3; attempt++) {
      String answer = console.readLine("Which card (number)? ");
      if (answer == null) {
        break;
      }
      try {
        int index = Integer.parseInt(answer.strip());
        if (cards.stream().anyMatch(c -> c.index() == index)) {
          return index;
        }
      } catch (NumberFormatException e) {
        // ask again
      }
      err.println("Type one of the numbers listed.");
      err.flush();
    }
    return CardChooser.NONE;
  }

  private String line() {
    try {
      if (stdin == null) {
        stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      }
      String line = stdin.readLine();
      if (line != null && line.length() > MAX_LINE) {
        throw ProbeException.invalid("a line of standard input is too long for a SEGA ID login");
      }
      return line == null ? "" : line;
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read the SEGA ID and password from standard input");
    }
  }
}
