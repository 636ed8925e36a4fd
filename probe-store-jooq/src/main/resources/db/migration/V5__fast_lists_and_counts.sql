-- Counts and lists that stay fast at a million plays.

-- How many plays each player has per page wording (and so per chart), kept by the same
-- transaction that saves the plays: totals of the whole history, of a chart or of a
-- difficulty, type, level or title read a few thousand small rows instead of every play.
create table play_tally (
  player varchar(32) not null,
  ref_pk integer     not null references chart_ref (pk),
  plays  bigint      not null,
  primary key (player, ref_pk)
);
-- [jooq ignore start]
insert into play_tally (player, ref_pk, plays)
  select player, ref_pk, count(*) from play group by player, ref_pk;
-- [jooq ignore stop]

-- The difficulty of the play's wording, copied from chart_ref (a wording never changes), so a
-- history filtered by difficulty walks one index in date order.
alter table play add column difficulty varchar(16);
-- [jooq ignore start]
update play set difficulty = r.difficulty from chart_ref r where r.pk = play.ref_pk;
-- [jooq ignore stop]
alter table play alter column difficulty set not null;

-- Index-only walks for history pages: the sort keys in the order of the page, with the id the
-- page then fetches whole.
-- [jooq ignore start]
create index play_page on play (player, played_at desc, track desc, play_key desc) include (id);
create index play_page_by_difficulty
  on play (player, difficulty, played_at desc, track desc, play_key desc) include (id);
create index play_page_by_chart
  on play (player, chart_pk, played_at desc, track desc, play_key desc) include (id);
-- [jooq ignore stop]
drop index play_by_time;
drop index play_by_chart;

-- A number that every catalogue save sets anew (from a sequence: never the same twice, even after
-- a rollback), in the save's transaction. A process keeps the catalogue it read until it changes.
create table catalog_version (
  id      smallint primary key,
  version bigint   not null
);
-- [jooq ignore start]
create sequence catalog_version_seq;
insert into catalog_version (id, version) values (1, nextval('catalog_version_seq'));
-- [jooq ignore stop]

-- The current best of each chart, for the saver that folds new plays onto it.
-- [jooq ignore start]
create index best_state_current on best_state (player, chart_pk)
  where valid_to = '9999-12-31 00:00:00+00';
-- [jooq ignore stop]
