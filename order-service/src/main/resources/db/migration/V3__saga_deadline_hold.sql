-- While our events cannot reach Kafka no order times out (ADR 0009): the deadline job keeps
-- here until when, a whole deadline after the last moment it saw the outage. One row that
-- every replica reads, instead of moving every PENDING order's deadline_at each second,
-- which rewrote the whole backlog (and its index entries) once a second during an outage.
-- An order's effective deadline is the later of its deadline_at and held_until.
CREATE TABLE saga_deadline_hold (
	id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
	held_until timestamptz NOT NULL
);
