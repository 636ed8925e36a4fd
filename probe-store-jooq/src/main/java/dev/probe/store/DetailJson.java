package dev.probe.store;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.CoPlayer;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PartnerCharacter;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.VsOpponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A play's detail as one JSON document: read whole, never filtered on. */
final class DetailJson {

  private DetailJson() {}

  static String write(PlayDetail d) {
    return Json.write(toMap(d));
  }

  static PlayDetail read(String text) {
    return fromMap(Json.object(Json.read(text)));
  }

  /** The detail as ordered maps and lists (stable field order). */
  static Map<String, Object> toMap(PlayDetail d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("venue", d.venue());
    List<Object> partners = new ArrayList<>();
    for (PartnerCharacter p : d.partners()) {
      partners.add(Arrays.asList(p.image(), p.level(), p.stars()));
    }
    m.put("partners", partners);
    m.put("fast", d.fast());
    m.put("late", d.late());
    Map<String, Object> judgements = new LinkedHashMap<>();
    for (NoteType t : NoteType.values()) {
      JudgementRow r = d.judgements().row(t);
      judgements.put(
          t.name(), Arrays.asList(r.criticalPerfect(), r.perfect(), r.great(), r.good(), r.miss()));
    }
    m.put("judgements", judgements);
    m.put("maxCombo", count(d.maxCombo()));
    m.put("maxSync", count(d.maxSync()));
    m.put("ratingAfter", d.ratingAfter());
    m.put("ratingChange", d.ratingChange());
    List<Object> coPlayers = new ArrayList<>();
    for (CoPlayer c : d.coPlayers()) {
      coPlayers.add(Arrays.asList(c.name(), c.difficulty() == null ? null : c.difficulty().name()));
    }
    m.put("coPlayers", coPlayers);
    VsOpponent o = d.opponent();
    m.put(
        "opponent",
        o == null
            ? null
            : Arrays.asList(
                o.kind(),
                o.won(),
                o.name(),
                o.achievement() == null ? null : o.achievement().value()));
    m.put("life", count(d.life()));
    return m;
  }

  static PlayDetail fromMap(Map<String, Object> m) {
    List<PartnerCharacter> partners = new ArrayList<>();
    for (Object p : Json.array(m.get("partners"))) {
      List<Object> a = Json.array(p);
      partners.add(
          new PartnerCharacter((String) a.get(0), Json.integer(a.get(1)), Json.integer(a.get(2))));
    }
    Map<NoteType, JudgementRow> rows = new EnumMap<>(NoteType.class);
    Map<String, Object> judgements = Json.object(m.get("judgements"));
    for (NoteType t : NoteType.values()) {
      List<Object> a = Json.array(judgements.get(t.name()));
      rows.put(
          t,
          new JudgementRow(
              Json.nullableInt(a.get(0)),
              Json.nullableInt(a.get(1)),
              Json.nullableInt(a.get(2)),
              Json.nullableInt(a.get(3)),
              Json.nullableInt(a.get(4))));
    }
    List<CoPlayer> coPlayers = new ArrayList<>();
    for (Object c : Json.array(m.get("coPlayers"))) {
      List<Object> a = Json.array(c);
      coPlayers.add(
          new CoPlayer(
              (String) a.get(0), a.get(1) == null ? null : Difficulty.valueOf((String) a.get(1))));
    }
    VsOpponent opponent = null;
    if (m.get("opponent") != null) {
      List<Object> a = Json.array(m.get("opponent"));
      opponent =
          new VsOpponent(
              (String) a.get(0),
              (Boolean) a.get(1),
              (String) a.get(2),
              a.get(3) == null ? null : new Achievement(Json.integer(a.get(3))));
    }
    return new PlayDetail(
        (String) m.get("venue"),
        partners,
        Json.integer(m.get("fast")),
        Json.integer(m.get("late")),
        new JudgementTable(rows),
        count(m.get("maxCombo")),
        count(m.get("maxSync")),
        Json.integer(m.get("ratingAfter")),
        Json.integer(m.get("ratingChange")),
        coPlayers,
        opponent,
        count(m.get("life")));
  }

  private static List<Object> count(Count c) {
    return c == null ? null : Arrays.asList(c.value(), c.total());
  }

  private static Count count(Object value) {
    if (value == null) {
      return null;
    }
    List<Object> a = Json.array(value);
    return new Count(Json.integer(a.get(0)), Json.integer(a.get(1)));
  }
}
