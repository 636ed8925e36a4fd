package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportScoresResult.SetAside;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ProbeException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Reads other trackers' score exports into rows for the import use case, and writes best scores in
 * their formats. The catalogue names charts where a file's names are not enough.
 */
public final class ScoreExchange {

  /** The most an import reads: the largest real export is a few MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** Formats probe reads. */
  public enum ImportFormat {
    DF_JSON("df-json", new DivingFishJsonReader()),
    LXNS_JSON("lxns-json", new LxnsJsonReader()),
    DF_CSV("df-csv", new DivingFishCsvReader()),
    LXNS_CSV("lxns-csv", new LxnsCsvReader()),
    PROBE_CSV("probe-csv", new ProbeCsv()),
    TACHI("tachi", new TachiJson());

    private final String cliName;
    private final ScoreReader reader;

    ImportFormat(String cliName, ScoreReader reader) {
      this.cliName = cliName;
      this.reader = reader;
    }

    public String cliName() {
      return cliName;
    }

    @Override
    public String toString() {
      return cliName;
    }
  }

  /** Formats probe writes. */
  public enum ExportFormat {
    CSV("csv", new ProbeCsv()),
    DF_JSON("df-json", new DivingFishJsonWriter()),
    LXNS_JSON("lxns-json", new LxnsJsonWriter()),
    TACHI("tachi", new TachiJson());

    private final String cliName;
    private final ScoreWriter writer;

    ExportFormat(String cliName, ScoreWriter writer) {
      this.cliName = cliName;
      this.writer = writer;
    }

    public String cliName() {
      return cliName;
    }

    @Override
    public String toString() {
      return cliName;
    }
  }

  /**
   * How to read a file.
   *
   * @param encoding the file's encoding; null to read UTF-8 and fall back to GBK
   * @param chartType the chart type of a CSV without a type column; null to take it from the file
   *     name or the catalogue
   * @param maxBytes the largest file read
   */
  public record ReadOptions(Charset encoding, ChartType chartType, long maxBytes) {
    public static ReadOptions defaults() {
      return new ReadOptions(null, null, DEFAULT_MAX_BYTES);
    }
  }

  /** The rows of a file and the encoding it was read with. */
  public record Read(List<ImportedScore> scores, Charset charset) {
    public Read {
      scores = List.copyOf(scores);
    }
  }

  /** An export's text, how many scores it carries and what it left out. */
  public record Written(String text, int written, List<String> leftOut) {
    public Written {
      leftOut = List.copyOf(leftOut);
    }
  }

  private final ChartResolver charts;
  private final Clock clock;

  public ScoreExchange(List<Chart> catalogue, Clock clock) {
    this.charts = new ChartResolver(catalogue);
    this.clock = clock;
  }

  public Read read(ImportFormat format, Path file, ReadOptions options) {
    TextFiles.Text text = TextFiles.read(file, options.encoding(), options.maxBytes());
    ChartType hint = options.chartType() != null ? options.chartType() : typeFromName(file);
    try {
      return new Read(
          format.reader.read(text.content(), new ReadContext(charts, clock.instant(), hint)),
          text.charset());
    } catch (ProbeException e) {
      throw new ProbeException(e.kind(), file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  public Written write(ExportFormat format, List<ScoreRow> rows) {
    WriteReport report = new WriteReport();
    String text = format.writer.write(rows, report);
    return new Written(text, report.writtenCount(), report.leftOutReasons());
  }

  /** The rows an import set aside, as probe CSV with the reason per row. */
  public String setAsideCsv(List<SetAside> rows) {
    return ProbeCsv.setAside(rows);
  }

  public static ImportFormat importFormat(String name) {
    for (ImportFormat f : ImportFormat.values()) {
      if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw ProbeException.invalid(
        "unknown import format '" + name + "'; use one of " + List.of(ImportFormat.values()));
  }

  public static ExportFormat exportFormat(String name) {
    for (ExportFormat f : ExportFormat.values()) {
      if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw ProbeException.invalid(
        "unknown export format '" + name + "'; use one of " + List.of(ExportFormat.values()));
  }

  /** Diving-Fish names its two CSV files 标准乐谱.csv (STD) and DX 乐谱.csv. */
  private static ChartType typeFromName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("标准")) {
      return ChartType.STD;
    }
    if (name.contains("dx 乐谱") || name.contains("dx乐谱")) {
      return ChartType.DX;
    }
    return null;
  }
}
