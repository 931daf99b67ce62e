-- Submission statuses the queue needs (issue 12). Own migration: a new enum value cannot be used in the
-- transaction that adds it, and the next migration uses both.
-- withdrawn_by_user: the user withdrew a queued or running submission (the Jobraker status set).
alter type public.application_status add value if not exists 'withdrawn_by_user';
-- dead_letter: the worker gave up after max_attempts failures; kept for inspection, never retried.
alter type public.queue_status add value if not exists 'dead_letter';
