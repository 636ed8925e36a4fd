package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep1;
import org.jooq.InsertValuesStep8;
import org.jooq.Record;

/**
 * Chart identities and page wordings to their surrogate keys, inserted when new. Inserts go in a
 * fixed order and skip conflicts, so concurrent savers never deadlock or fail on each other.
 */
final class ChartKeys {

  private ChartKeys() {}

  static Map<ChartId, Integer> resolve(DSLContext dsl, Collection<ChartId> ids) {
    Map<String, ChartId> byText = new HashMap<>();
    for (ChartId id : ids) {
      byText.put(id.asString(), id);
    }
    Map<ChartId, Integer> found = new HashMap<>();
    if (byText.isEmpty()) {
      return found;
    }
    TreeSet<String> missing = new TreeSet<>(byText.keySet());
    load(dsl, byText, missing, found);
    if (!missing.isEmpty()) {
      InsertValuesStep1<?, String> insert = dsl.insertInto(CHART_KEY, CHART_KEY.CHART_ID);
      for (String text : missing) {
        insert = insert.values(text);
      }
      insert.onConflict(CHART_KEY.CHART_ID).doNothing().execute();
      load(dsl, byText, missing, found);
    }
    return found;
  }

  private static void load(
      DSLContext dsl,
      Map<String, ChartId> byText,
      TreeSet<String> missing,
      Map<ChartId, Integer> found) {
    for (Record r :
        dsl.select(CHART_KEY.PK, CHART_KEY.CHART_ID)
            .from(CHART_KEY)
            .where(CHART_KEY.CHART_ID.in(List.copyOf(missing)))
            .fetch()) {
      String text = r.get(CHART_KEY.CHART_ID);
      found.put(byText.get(text), r.get(CHART_KEY.PK));
      missing.remove(text);
    }
  }

  /** A page's wording of a chart, with the chart's key. */
  record Wording(int chartPk, ChartRef ref) implements Comparable<Wording> {
    @Override
    public int compareTo(Wording o) {
      return text().compareTo(o.text());
    }

    String text() {
      return chartPk
          + "|"
          + ref.type()
          + "|"
          + ref.difficulty()
          + "|"
          + ref.level()
          + "|"
          + ref.jacket()
          + "|"
          + ref.genre()
          + "|"
          + ref.utageKind()
          + "|"
          + ref.title();
    }
  }

  static Map<Wording, Integer> resolveRefs(DSLContext dsl, Collection<Wording> wordings) {
    // by text, built once per wording: comparing wordings builds their texts every time
    TreeMap<String, Wording> missing = new TreeMap<>();
    for (Wording w : wordings) {
      missing.putIfAbsent(w.text(), w);
    }
    Map<Wording, Integer> found = new HashMap<>();
    if (missing.isEmpty()) {
      return found;
    }
    loadRefs(dsl, missing, found);
    if (!missing.isEmpty()) {
      InsertValuesStep8<?, Integer, String, String, String, String, String, String, String> insert =
          dsl.insertInto(
              CHART_REF,
              CHART_REF.CHART_PK,
              CHART_REF.TITLE,
              CHART_REF.CHART_TYPE,
              CHART_REF.DIFFICULTY,
              CHART_REF.LEVEL_LABEL,
              CHART_REF.JACKET,
              CHART_REF.GENRE,
              CHART_REF.UTAGE_KIND);
      for (Wording w : missing.values()) {
        ChartRef r = w.ref();
        insert =
            insert.values(
                w.chartPk(),
                r.title(),
                r.type().name(),
                r.difficulty().name(),
                r.level(),
                r.jacket(),
                r.genre(),
                r.utageKind());
      }
      insert.onConflictDoNothing().execute();
      loadRefs(dsl, missing, found);
    }
    return found;
  }

  private static void loadRefs(
      DSLContext dsl, TreeMap<String, Wording> missing, Map<Wording, Integer> found) {
    List<Integer> chartPks = missing.values().stream().map(Wording::chartPk).distinct().toList();
    for (Record r :
        dsl.select(CHART_REF.fields())
            .from(CHART_REF)
            .where(CHART_REF.CHART_PK.in(chartPks))
            .fetch()) {
      Wording w = new Wording(r.get(CHART_REF.CHART_PK), ref(r));
      if (missing.remove(w.text()) != null) {
        found.put(w, r.get(CHART_REF.PK));
      }
    }
  }

  /** The wording stored in a {@code chart_ref} row (the row must carry chart_ref's columns). */
  static ChartRef ref(Record r) {
    return new ChartRef(
        r.get(CHART_REF.TITLE),
        ChartType.valueOf(r.get(CHART_REF.CHART_TYPE)),
        Difficulty.valueOf(r.get(CHART_REF.DIFFICULTY)),
        r.get(CHART_REF.LEVEL_LABEL),
        r.get(CHART_REF.JACKET),
        r.get(CHART_REF.GENRE),
        r.get(CHART_REF.UTAGE_KIND));
  }

  static ChartId chartId(Record r) {
    return ChartId.parse(r.get(CHART_KEY.CHART_ID));
  }
}
