-- The hits of each line of a search strategy, run on the search's own records (JSON array of
-- {number, text, hits, reported_hits}), as NICE prints them beside the strategy; null when no strategy was given.
ALTER TABLE search ADD COLUMN strategy_hits TEXT;
