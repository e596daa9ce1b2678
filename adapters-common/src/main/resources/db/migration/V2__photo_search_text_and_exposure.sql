-- What search looks through: the file name, title, description and tags, folded (lower case, accents
-- dropped) by the application, whose folding PostgreSQL's lower() and collations cannot reproduce.
-- Written with every row; migration 3, in Java, fills it for the photos stored before it existed.
ALTER TABLE photos ADD COLUMN search_text text COLLATE "C";

-- How the photo was exposed, from its EXIF (null when the file does not say).
ALTER TABLE photos
    ADD COLUMN lens_model       text,
    ADD COLUMN f_number         double precision,
    ADD COLUMN exposure_seconds double precision,
    ADD COLUMN iso              integer,
    ADD COLUMN focal_length_mm  double precision;
