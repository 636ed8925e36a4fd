-- "Bests as of t" reads the state of each chart in force at t: valid_from < t <= valid_to. One
-- btree on either bound walks every state that ends after t (early t) or began before t (late t),
-- up to the player's whole history, to return at most one row per chart. So the states are also
-- filed by how long they held (span_class): a state that held less than 2^k days and is in force
-- at t ended in [t, t + 2^k days), a window of about twice as many states as it returns. Current
-- states (valid_to 9999-12-31) have their own class, walked by valid_from < t. Plain btree, so any
-- managed PostgreSQL takes it (a GiST range index would need the btree_gist extension).
--
-- The index holds every column the read returns (index-only scans): the achieved instant as epoch
-- microseconds and whether plays alone reach the best are computed when the row is written.
-- [jooq ignore start]
alter table best_state
  add column span_class smallint generated always as (
    case when valid_to = timestamptz '9999-12-31 00:00:00+00' then 99
         else width_bucket(valid_to - valid_from,
                           array['24 hours', '48 hours', '96 hours', '192 hours', '384 hours',
                                 '768 hours', '1536 hours', '3072 hours', '6144 hours',
                                 '12288 hours', '24576 hours', '49152 hours']::interval[])
    end) stored,
  add column achieved_us bigint generated always as (
    (extract(epoch from achieved_at - timestamptz '1970-01-01 00:00:00+00') * 1000000)::bigint)
    stored,
  add column plays_reach boolean generated always as (
    coalesce(p_achievement = achievement and p_rank_code = rank_code
             and p_dx_score = dx_score and p_dx_max = dx_max
             and p_combo_code = combo_code and p_sync_code = sync_code, false)) stored;
create index best_state_in_force
  on best_state (player, span_class, valid_to, valid_from)
  include (chart_pk, achievement, rank_code, dx_score, dx_max, combo_code, sync_code,
           achieved_us, plays_reach);
-- [jooq ignore stop]
drop index best_state_as_of;
