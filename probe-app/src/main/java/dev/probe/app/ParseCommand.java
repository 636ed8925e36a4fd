package dev.probe.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.scraper.NetPageParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe parse FILE…}: reads saved NET pages and prints one JSON object per file and line
 * (JSON Lines). Nothing is stored. Exit 0 when every file was a page probe reads, 2 otherwise.
 */
@Command(
    name = "parse",
    description = {
      "Read saved maimai DX NET pages and print what probe reads from each, one JSON object per",
      "line: file, kind (RECORD, SCORE_LIST, …, or NET_ERROR / MAINTENANCE / UNRECOGNISED with an",
      "error object) and the content. Exit 0 when all were read, 2 when any was not."
    })
final class ParseCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved NET pages (HTML).")
  List<Path> files;

  private final PageParserPort parser = new NetPageParser();
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean allRead = true;
    for (Path file : files) {
      ObjectNode line = PageJson.JSON.objectNode();
      line.put("file", file.toString());
      allRead &= parse(file, line);
      out.println(json.writeValueAsString(line));
    }
    out.flush();
    return allRead ? 0 : FailureReporter.BAD_INPUT;
  }

  private boolean parse(Path file, ObjectNode line) {
    byte[] body;
    try {
      body = Files.readAllBytes(file);
    } catch (IOException e) {
      error(line, "UNRECOGNISED", "UNREADABLE_FILE", "cannot read the file: " + e.getMessage());
      return false;
    }
    try {
      RawPage page = new RawPage(file.toAbsolutePath().toUri(), probe.clock().instant(), body);
      PageJson.page(parser.parse(page), line);
      return true;
    } catch (ProbeException e) {
      error(line, kindOf(e), codeOf(e), e.getMessage());
      return false;
    }
  }

  /** NET's own answers are NET_ERROR (an expired session is one of them); the rest UNRECOGNISED. */
  private static String kindOf(ProbeException e) {
    switch (e.kind()) {
      case NET_ERROR:
      case SESSION_EXPIRED:
        return "NET_ERROR";
      case MAINTENANCE:
        return "MAINTENANCE";
      default:
        return "UNRECOGNISED";
    }
  }

  /** NET's error code when the page showed one, else why probe could not read the page. */
  private static String codeOf(ProbeException e) {
    return e.netErrorCode().isEmpty() ? e.kind().name() : e.netErrorCode();
  }

  private static void error(ObjectNode line, String kind, String code, String message) {
    line.put("kind", kind);
    line.putObject("error").put("code", code).put("message", message);
  }
}
