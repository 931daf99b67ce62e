-- A job moves to Applied with cause `skyvern` when a Skyvern run submitted it (issue 12, item 5). The extension
-- records that move locally and sync carries the event here, so the enum must know the cause.
alter type public.stage_event_cause add value if not exists 'skyvern';
