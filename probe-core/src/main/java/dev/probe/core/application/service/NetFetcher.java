package dev.probe.core.application.service;

import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;

/**
 * The requests of one sync: each page is kept raw and the session NET left is saved right after
 * every request, so that nothing fetched is lost and the next sync continues the session.
 */
final class NetFetcher {

  private final FetchNetPagePort net;
  private final PageParserPort parser;
  private final ArchivePorts ports;
  private final long runId;
  private NetSession session;
  private int requests;
  private int pages;

  NetFetcher(
      FetchNetPagePort net,
      PageParserPort parser,
      ArchivePorts ports,
      long runId,
      NetSession session) {
    this.net = net;
    this.parser = parser;
    this.ports = ports;
    this.runId = runId;
    this.session = session;
  }

  /** Fetches a page, keeps it raw and returns it. */
  RawPage fetch(String path) {
    requests++;
    FetchNetPagePort.Fetched fetched = net.fetch(session, path);
    session = fetched.session();
    ports.sessions().saveSession(session);
    ports.rawPages().saveRawPage(player(), runId, fetched.page());
    pages++;
    return fetched.page();
  }

  /** A fetched page and what it says. */
  record Read(RawPage raw, NetPage page) {}

  /** Fetches and parses a page (it is kept raw even when it cannot be read). */
  Read read(String path) {
    RawPage raw = fetch(path);
    return new Read(raw, parser.parse(raw));
  }

  /** The session as NET last left it. */
  NetSession session() {
    return session;
  }

  PlayerId player() {
    return session.player();
  }

  int requests() {
    return requests;
  }

  int pages() {
    return pages;
  }
}
