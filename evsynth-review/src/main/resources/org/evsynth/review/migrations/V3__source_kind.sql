-- Whether a search's source is a bibliographic database or a trial register, the two kinds PRISMA 2020 counts
-- apart ('database' or 'register'; null in searches imported before this version means database).
ALTER TABLE search ADD COLUMN source_kind TEXT;
