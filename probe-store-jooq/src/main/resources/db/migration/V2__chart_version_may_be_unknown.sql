-- A chart learned from a NET page before any catalogue named it has no known first version.
alter table chart alter column added_in drop not null;
