-- Filters of the signal list that stay fast on a million signals: a rare form or reporter type,
-- and a period of intake dates, each within a region (measured with SignalGenerator).
create index signal_form_idx on signal (region_id, form, created_at desc, id desc);
create index signal_reporter_idx on signal (region_id, reporter_type, created_at desc, id desc);
create index signal_period_idx on signal (region_id, intake_date);
