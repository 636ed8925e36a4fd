-- The best on each chart as it stood over time, so that "bests as of" reads one row per chart
-- instead of folding every play. A row holds from valid_from (exclusive: the source's instant)
-- until valid_to (inclusive: the next change), 9999-12-31 while current. Rebuilt from plays and
-- listed scores whenever they change (see BestStates); the p_* columns are the same fold over plays
-- only, to tell whether plays alone reach the best.
create table best_state (
  player        varchar(32) not null,
  chart_pk      integer     not null references chart_key (pk),
  valid_from    timestamptz not null,
  valid_to      timestamptz not null,
  achievement   integer     not null,
  rank_code     smallint    not null,
  dx_score      integer     not null,
  dx_max        integer     not null,
  combo_code    smallint    not null,
  sync_code     smallint    not null,
  achieved_at   timestamptz not null,
  p_achievement integer,
  p_rank_code   smallint,
  p_dx_score    integer,
  p_dx_max      integer,
  p_combo_code  smallint,
  p_sync_code   smallint,
  primary key (player, chart_pk, valid_from)
);
create index best_state_as_of on best_state (player, valid_to, valid_from);
