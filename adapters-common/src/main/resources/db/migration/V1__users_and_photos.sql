-- Accounts. Usernames are stored lower case, so the unique constraint is case-insensitive.
CREATE TABLE users (
    id            uuid        NOT NULL,
    username      text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_username_uq UNIQUE (username),
    CONSTRAINT users_username_lower_ck CHECK (username = lower(username))
);

-- The photo catalogue. Text that is compared or ordered (ids, name keys, tags) uses the "C" collation,
-- so PostgreSQL orders it by code point, exactly as the domain does.
CREATE TABLE photos (
    id               text COLLATE "C" NOT NULL,
    owner_id         uuid             NOT NULL,
    status           text             NOT NULL,
    file_name        text             NOT NULL,
    content_type     text             NOT NULL,
    size             bigint           NOT NULL,
    sha256           text,
    image_type       text,
    width            integer,
    height           integer,
    orientation      smallint,
    taken_at         timestamptz,
    taken_offset     integer,
    camera_make      text,
    camera_model     text,
    latitude         double precision,
    longitude        double precision,
    title            text,
    description      text,
    tags             text[] COLLATE "C" NOT NULL,
    uploaded_at      timestamptz      NOT NULL,
    pending_until    timestamptz,
    rejection_reason text,
    version          bigint           NOT NULL,
    -- The lower-cased file name, written by the application with the same lower-casing the domain uses
    -- (PostgreSQL's lower() depends on the database locale, Java's Locale.ROOT does not).
    name_key         text COLLATE "C" NOT NULL,
    -- Where the photo sits on the time line: when it was taken, or when it was uploaded if unknown.
    timeline_at      timestamptz      GENERATED ALWAYS AS (coalesce(taken_at, uploaded_at)) STORED,
    CONSTRAINT photos_pk PRIMARY KEY (id),
    CONSTRAINT photos_status_ck CHECK (status IN ('PENDING', 'READY', 'REJECTED')),
    CONSTRAINT photos_size_ck CHECK (size >= 0),
    CONSTRAINT photos_pending_until_ck CHECK ((status = 'PENDING') = (pending_until IS NOT NULL)),
    CONSTRAINT photos_rejection_reason_ck CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);

-- An owner never has two photos that are not REJECTED with the same content.
CREATE UNIQUE INDEX photos_owner_sha256_live_uq ON photos (owner_id, sha256) WHERE status <> 'REJECTED';

-- One index per sort key: a listing is (owner, status) equality then a range scan over (key, id) in
-- either direction, the id breaking ties, so the cost of a page does not grow with the library.
CREATE INDEX photos_by_uploaded_at ON photos (owner_id, status, uploaded_at, id);
CREATE INDEX photos_by_timeline_at ON photos (owner_id, status, timeline_at, id);
CREATE INDEX photos_by_name_key ON photos (owner_id, status, name_key, id);
CREATE INDEX photos_by_size ON photos (owner_id, status, size, id);

-- Tags live in a text[] column with a GIN index, so "carries all of these tags" is tags @> ARRAY[...],
-- answered by one bitmap index scan that intersects the posting lists of the wanted tags. A separate
-- photo_tags table would need a join and GROUP BY ... HAVING count(*) = n per listing, plus a second
-- write per tag on every edit, for no gain: tags are only ever read and replaced together with the photo.
CREATE INDEX photos_tags_gin ON photos USING gin (tags);

-- Finding expired uploads reads only the pending photos, oldest deadline first.
CREATE INDEX photos_pending_until ON photos (pending_until) WHERE status = 'PENDING';
