-- Inserts READY photos numbered :first to :last (of :total) into the library of :owner, set-based, in one statement.
-- Every row looks like one the application writes when a photo becomes READY (version 1, image metadata set,
-- image_type = content_type, no pending deadline nor rejection reason, name_key = lower-cased file name,
-- search_text = that name and the tags a line each (all ASCII, so lower() folds them as the application does), tags
-- distinct and sorted by code point, the id a ULID whose 48-bit time is uploaded_at in milliseconds).
-- Values vary as a phone and camera library does: mostly JPEG camera shots, some PNG screenshots, a few WebP and
-- GIF files; taken dates before the upload, absent for some; 0 to 3 tags out of twelve.
-- Run by benchmarks/http-api.sh as: psql -v owner=UUID -v first=N -v last=M -v total=T -f seed-photos.sql

SET synchronous_commit = off;

CREATE FUNCTION pg_temp.base32(v bigint, digits int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz', ((v >> (5 * (digits - 1 - i))) & 31)::int + 1, 1), ''
                      ORDER BY i)
    FROM generate_series(0, digits - 1) AS i
$$;

INSERT INTO photos (id, owner_id, status, file_name, content_type, size, sha256, image_type, width, height,
                    orientation, taken_at, taken_offset, camera_make, camera_model, latitude, longitude, title,
                    description, tags, uploaded_at, pending_until, rejection_reason, version, name_key,
                    search_text)
SELECT pg_temp.base32(s.uploaded_ms, 10)
           || pg_temp.base32((random() * 1099511627775)::bigint, 8)
           || pg_temp.base32((random() * 1099511627775)::bigint, 8),
       :'owner'::uuid,
       'READY',
       s.file_name,
       s.content_type,
       s.size,
       encode(sha256(convert_to(:'owner' || '/' || s.n, 'UTF8')), 'hex'),
       s.content_type,
       s.width,
       s.height,
       s.orientation,
       CASE WHEN s.has_taken THEN timestamptz 'epoch' + (s.uploaded_ms / 1000 - s.taken_before_s) * interval '1 second' END,
       CASE WHEN s.has_taken THEN s.taken_offset END,
       s.camera_make,
       s.camera_model,
       CASE WHEN s.has_location THEN round((35 + random() * 25)::numeric, 6)::double precision END,
       CASE WHEN s.has_location THEN round((-10 + random() * 40)::numeric, 6)::double precision END,
       NULL,
       NULL,
       chosen.tags,
       timestamptz 'epoch' + s.uploaded_ms * interval '1 millisecond',
       NULL,
       NULL,
       1,
       lower(s.file_name),
       lower(s.file_name) || coalesce(E'\n' || nullif(array_to_string(chosen.tags, E'\n'), ''), '')
FROM (
    SELECT k.n,
           k.uploaded_ms,
           CASE k.kind
               WHEN 'jpeg' THEN (ARRAY['IMG_' || lpad((k.n % 10000)::text, 4, '0') || '.JPG',
                                       'DSC' || lpad((k.n % 100000)::text, 5, '0') || '.JPG',
                                       'PXL_' || to_char(timestamptz 'epoch' + k.uploaded_ms * interval '1 millisecond',
                                                         'YYYYMMDD_HH24MISSMS') || '.jpg',
                                       'IMG_' || to_char(timestamptz 'epoch' + k.uploaded_ms * interval '1 millisecond',
                                                         'YYYYMMDD_HH24MISS') || '.jpg'])[1 + k.n % 4]
               WHEN 'png' THEN 'Screenshot ' || to_char(timestamptz 'epoch' + k.uploaded_ms * interval '1 millisecond',
                                                         'YYYY-MM-DD "at" HH24.MI.SS') || '.png'
               WHEN 'webp' THEN 'image-' || k.n || '.webp'
               ELSE 'animation_' || k.n || '.gif'
           END AS file_name,
           'image/' || k.kind AS content_type,
           CASE k.kind
               WHEN 'jpeg' THEN 1500000 + (random() * 6500000)::bigint
               WHEN 'png' THEN 90000 + (random() * 2900000)::bigint
               WHEN 'webp' THEN 40000 + (random() * 900000)::bigint
               ELSE 8000 + (random() * 4000000)::bigint
           END AS size,
           CASE k.kind WHEN 'jpeg' THEN (ARRAY[4032, 6000, 4000, 3024])[1 + k.n % 4]
                       WHEN 'png' THEN (ARRAY[1170, 2560])[1 + k.n % 2]
                       ELSE 800 + (k.n % 7) * 100 END AS width,
           CASE k.kind WHEN 'jpeg' THEN (ARRAY[3024, 4000, 3000, 4032])[1 + k.n % 4]
                       WHEN 'png' THEN (ARRAY[2532, 1440])[1 + k.n % 2]
                       ELSE 600 + (k.n % 5) * 100 END AS height,
           CASE WHEN k.kind = 'jpeg' THEN (ARRAY[1, 1, 6, 1, 8, 3])[1 + k.n % 6]::smallint END AS orientation,
           k.kind = 'jpeg' AND random() < 0.93 OR k.kind = 'webp' AND random() < 0.3 AS has_taken,
           (random() * 86400 * 400)::bigint AS taken_before_s,
           (ARRAY[NULL, 0, 3600, 7200, -18000, 19800, 32400])[1 + k.n % 7] AS taken_offset,
           CASE WHEN k.kind = 'jpeg' THEN (ARRAY['Apple', 'Google', 'SONY', 'Canon', 'NIKON CORPORATION'])[1 + k.n % 5]
           END AS camera_make,
           CASE WHEN k.kind = 'jpeg' THEN (ARRAY['iPhone 13', 'Pixel 7', 'ILCE-7M3', 'Canon EOS R6', 'NIKON Z 6'])[1 + k.n % 5]
           END AS camera_model,
           k.kind = 'jpeg' AND random() < 0.4 AS has_location,
           CASE WHEN k.tag_count >= 1 THEN 1 + floor(random() * 12)::int ELSE 0 END AS tag_a,
           CASE WHEN k.tag_count >= 2 THEN 1 + floor(random() * 12)::int ELSE 0 END AS tag_b,
           CASE WHEN k.tag_count >= 3 THEN 1 + floor(random() * 12)::int ELSE 0 END AS tag_c
    FROM (
        SELECT g.n,
               -- Uploads spread over 2020-01-01 to mid-2026, in the order of n, with millisecond jitter.
               1577836800000 + g.n * (200000000000 / :total) + (random() * 1000)::bigint AS uploaded_ms,
               CASE WHEN g.n % 20 < 16 THEN 'jpeg' WHEN g.n % 20 < 18 THEN 'png'
                    WHEN g.n % 20 = 18 THEN 'webp' ELSE 'gif' END AS kind,
               floor(random() * 4)::int AS tag_count
        FROM generate_series(:first::bigint, :last::bigint) AS g(n)
    ) AS k
) AS s
CROSS JOIN LATERAL (SELECT ARRAY(SELECT DISTINCT t COLLATE "C"
          FROM unnest((ARRAY['beach', 'birthday', 'cat', 'dog', 'family', 'food', 'friends', 'holiday',
                             'mountains', 'snow', 'sunset', 'travel'])[s.tag_a:s.tag_a] ||
                      (ARRAY['beach', 'birthday', 'cat', 'dog', 'family', 'food', 'friends', 'holiday',
                             'mountains', 'snow', 'sunset', 'travel'])[s.tag_b:s.tag_b] ||
                      (ARRAY['beach', 'birthday', 'cat', 'dog', 'family', 'food', 'friends', 'holiday',
                             'mountains', 'snow', 'sunset', 'travel'])[s.tag_c:s.tag_c]) AS t
          ORDER BY 1) AS tags) AS chosen;
