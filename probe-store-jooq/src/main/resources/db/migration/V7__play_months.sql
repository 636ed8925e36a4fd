-- How many plays each player has per difficulty and calendar month (UTC), kept by the
-- transaction that saves the plays (like play_tally). A numbered history page deep in the
-- archive (page 1,000 of 50) would otherwise walk tens of thousands of index entries to skip
-- the pages before it: with these counts it starts its walk at the month that holds its first
-- play and skips only within that month.
create table play_month (
  player     varchar(32) not null,
  difficulty varchar(16) not null,
  month      timestamptz not null,
  plays      bigint      not null,
  primary key (player, difficulty, month)
);
-- [jooq ignore start]
insert into play_month (player, difficulty, month, plays)
  select player, difficulty, date_trunc('month', played_at at time zone 'UTC') at time zone 'UTC',
         count(*)
    from play
   group by 1, 2, 3;
-- [jooq ignore stop]
