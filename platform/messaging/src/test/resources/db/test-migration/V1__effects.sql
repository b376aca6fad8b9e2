-- What the test listener's events do: one row per effect, so duplicates would show.
CREATE TABLE effects (
	id       bigserial PRIMARY KEY,
	event_id varchar(128) NOT NULL,
	payload  text         NOT NULL
);
