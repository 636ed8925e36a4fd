package dev.probe.app;

import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.SyncStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe import PATH…}: saved NET pages from files, folders and zips, and folders written by
 * {@code probe export}.
 */
@Command(
    name = "import",
    description = {
      "Import saved maimai DX NET pages (files, folders, zips) into the archive, or a folder"
          + " written by 'probe export'.",
      "Importing the same pages again changes nothing."
    })
final class ImportCommand implements Callable<Integer> {

  /** Pages per batch: each batch is saved whole or not at all, and only one is in memory. */
  static final int BATCH = 200;

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(names = "--player", description = "The player's handle (default: the only one).")
  String player;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zips.")
  List<Path> paths;

  @Override
  public Integer call() {
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      List<Path> pagePaths = new ArrayList<>();
      for (Path path : paths) {
        if (ArchiveImport.isExport(path)) {
          ArchiveImport.run(db.archive(), path, spec.commandLine().getOut());
        } else {
          pagePaths.add(path);
        }
      }
      if (pagePaths.isEmpty()) {
        return 0;
      }
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      PlayerId id = PlayerChoice.resolve(services.ports().players(), player);
      ImportPagesService importer = services.importPages();
      ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
      Summary summary = new Summary();
      for (Path path : pagePaths) {
        PageFiles files = new PageFiles().add(path);
        summary.rejections.addAll(files.rejections());
        summary.unreadableFiles += files.rejections().size();
        List<RawPage> pages = files.pages();
        for (int from = 0; from < pages.size(); from += BATCH) {
          List<RawPage> batch = pages.subList(from, Math.min(pages.size(), from + BATCH));
          summary.add(importer.importPages(ImportPagesCommand.ofFiles(id, batch), progress));
        }
      }
      progress.end();
      summary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), id);
      if (summary.failure != null) {
        throw summary.failure;
      }
      return summary.rejections.isEmpty() ? 0 : FailureReporter.BAD_INPUT;
    }
  }

  /** What all batches did together. */
  static final class Summary {
    int pages;
    int read;
    int newPlays;
    int details;
    int photos;
    int unreadableFiles;
    final List<ImportReport.Rejection> rejections = new ArrayList<>();
    ProbeException failure;

    void add(ImportReport r) {
      pages += r.run().pages();
      read += r.pagesRead();
      newPlays += r.newPlays().size();
      details += r.detailsAdded();
      photos += r.newPhotos();
      rejections.addAll(r.rejections());
      if (r.run().status() == SyncStatus.STOPPED && failure == null) {
        failure =
            new ProbeException(
                ProbeException.Kind.valueOf(r.run().errorKind()), r.run().errorMessage());
      }
    }

    void print(PrintWriter out, PrintWriter err, PlayerId id) {
      for (ImportReport.Rejection r : rejections) {
        err.printf("probe: not imported: %s: %s%n", r.file(), r.reason());
      }
      out.printf(
          "%s: %d pages read of %d; %d new plays, %d details added, %d new photos;"
              + " %d not readable.%n",
          id, read, pages + unreadableFiles, newPlays, details, photos, rejections.size());
      out.flush();
      err.flush();
    }
  }
}
