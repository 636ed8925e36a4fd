-- "Bests as of t" returns thousands of rows, and each column of each row costs the server and
-- the client alike. The three codes and the plays-reach flag travel as one smallint, marks:
-- rank_code * 256 + combo_code * 32 + sync_code * 2 + (1 when plays alone reach the best). The
-- check keeps every code inside its bits, so a code that outgrows them fails the write instead
-- of corrupting marks.
-- [jooq ignore start]
alter table best_state
  add constraint best_state_codes_fit_marks
    check (rank_code between 0 and 127 and combo_code between 0 and 7
           and sync_code between 0 and 15),
  add column marks smallint generated always as (
    rank_code * 256 + combo_code * 32 + sync_code * 2
    + case when p_achievement = achievement and p_rank_code = rank_code
                and p_dx_score = dx_score and p_dx_max = dx_max
                and p_combo_code = combo_code and p_sync_code = sync_code
           then 1 else 0 end) stored;
drop index best_state_in_force;
alter table best_state drop column plays_reach;
create index best_state_in_force
  on best_state (player, span_class, valid_to, valid_from)
  include (chart_pk, achievement, dx_score, dx_max, achieved_us, marks);
-- [jooq ignore stop]
