package dev.probe.archfixtures.web;

import org.jooq.DSLContext;

/** Wrong: the web application talks SQL. */
public final class WebWritingSql {
  public int plays(DSLContext sql) {
    return sql.fetchCount(org.jooq.impl.DSL.table("play"));
  }
}
