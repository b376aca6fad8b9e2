-- What notification-service knows of users: a projection of users.user.v1, so that it never
-- calls user-service to send something. updated_at is the occurredAt of the event it came
-- from; an older event never overwrites a newer one.
CREATE TABLE user_contacts (
    user_id    uuid PRIMARY KEY,
    email      text        NOT NULL,
    name       text        NOT NULL,
    status     text        NOT NULL,
    updated_at timestamptz NOT NULL
);

-- A user's choices; no row means the defaults (email on).
CREATE TABLE preferences (
    user_id       uuid PRIMARY KEY,
    email_enabled boolean     NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- One notification per event that concerns a user (I4): event_id is unique, so a replayed
-- or redelivered event can never create a second one, whatever the inbox says.
-- seq orders a user's notifications and is the SSE event id (Last-Event-ID).
CREATE TABLE notifications (
    id         uuid PRIMARY KEY,
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    user_id    uuid        NOT NULL,
    event_id   text        NOT NULL UNIQUE,
    type       text        NOT NULL,
    title      text        NOT NULL,
    message    text        NOT NULL,
    order_id   uuid,
    created_at timestamptz NOT NULL,
    read_at    timestamptz
);

CREATE INDEX notifications_of_user ON notifications (user_id, seq DESC);
CREATE INDEX unread_notifications_of_user ON notifications (user_id, seq DESC) WHERE read_at IS NULL;

-- The delivery of a notification on a channel other than in-app (EMAIL). A PENDING row is
-- due at next_attempt_at; a sender claims it by pushing next_attempt_at past its lease, so a
-- sender that dies mid-send leaves it to be retried.
CREATE TABLE deliveries (
    notification_id uuid        NOT NULL REFERENCES notifications (id),
    channel         text        NOT NULL CHECK (channel IN ('EMAIL')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    PRIMARY KEY (notification_id, channel),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX due_deliveries ON deliveries (next_attempt_at) WHERE status = 'PENDING';
