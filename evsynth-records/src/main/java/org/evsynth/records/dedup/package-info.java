/**
 * Two-stage deduplication: certain duplicates merged by rule, probable ones queued for a person, every
 * decision logged with its rule or person and time so that merges can be undone. Entry point:
 * {@link org.evsynth.records.dedup.Deduplicator}.
 */
package org.evsynth.records.dedup;
