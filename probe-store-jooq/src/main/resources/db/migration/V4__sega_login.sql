-- A session NET refused stays (so the pages can say so) but is never sent to NET again.
alter table net_session add column expired_at timestamptz;

-- SEGA ID logins players chose to keep for unattended syncs, sealed (AES-GCM) with a key that is
-- not in the database. Secret: never exported, never logged.
create table net_login (
  player   varchar(32) primary key,
  region   varchar(8)  not null,
  sealed   text        not null,
  saved_at timestamptz not null
);
