package com.photostore.adapters.common.imaging;

import com.drew.imaging.FileType;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.photostore.domain.photo.Camera;
import com.photostore.domain.photo.ContentType;
import com.photostore.domain.photo.Exposure;
import com.photostore.domain.photo.GeoLocation;
import com.photostore.domain.photo.TakenAt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Reads orientation, capture time, camera and GPS position with metadata-extractor: from EXIF first, and
 * from the same properties in XMP where EXIF lacks them; lens, aperture, exposure time, ISO and focal length
 * from EXIF.
 */
final class ExifReader {

    private ExifReader() {
    }

    /** The facts of a file of a known type; unreadable or absent metadata yields no facts rather than an error. */
    static ExifFacts read(byte[] file, ContentType type) {
        Metadata metadata;
        try {
            byte[] source = type == ContentType.PNG ? PngMetadataChunks.uncompressedMetadata(file) : file;
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(source), source.length, fileType(type));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return ExifFacts.NONE;
        }
        Sources sources = new Sources(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class),
                metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class), xmp(metadata));
        return new ExifFacts(orientation(sources), takenAt(sources), camera(sources),
                location(metadata.getFirstDirectoryOfType(GpsDirectory.class)), exposure(sources.sub));
    }

    private static Integer orientation(Sources sources) {
        String text = sources.first(sources.ifd0, ExifDirectoryBase.TAG_ORIENTATION, "tiff:Orientation");
        if (text == null || !text.strip().matches("[1-8]")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static TakenAt takenAt(Sources s) {
        TakenAt taken = ExifDates.parse(s.exif(s.sub, ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
                s.exif(s.sub, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
        taken = taken != null ? taken : ExifDates.parse(s.xmp("exif:DateTimeOriginal"), null);
        taken = taken != null ? taken : ExifDates.parse(s.exif(s.sub, ExifDirectoryBase.TAG_DATETIME_DIGITIZED),
                s.exif(s.sub, ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED));
        taken = taken != null ? taken : ExifDates.parse(s.xmp("exif:DateTimeDigitized"), null);
        return taken != null ? taken : ExifDates.parse(s.exif(s.ifd0, ExifDirectoryBase.TAG_DATETIME),
                s.exif(s.sub, ExifDirectoryBase.TAG_TIME_ZONE));
    }

    private static Camera camera(Sources sources) {
        Camera camera = new Camera(sources.first(sources.ifd0, ExifDirectoryBase.TAG_MAKE, "tiff:Make"),
                sources.first(sources.ifd0, ExifDirectoryBase.TAG_MODEL, "tiff:Model"));
        return camera.isEmpty() ? null : camera;
    }

    /** The exposure from the EXIF sub-IFD only: XMP copies of these values are written by editors, not cameras. */
    private static Exposure exposure(Directory sub) {
        if (sub == null) {
            return null;
        }
        return Exposure.read(sub.getString(ExifDirectoryBase.TAG_LENS_MODEL),
                rational(sub, ExifDirectoryBase.TAG_FNUMBER), rational(sub, ExifDirectoryBase.TAG_EXPOSURE_TIME),
                firstInteger(sub, ExifDirectoryBase.TAG_ISO_EQUIVALENT), rational(sub, ExifDirectoryBase.TAG_FOCAL_LENGTH));
    }

    private static Double rational(Directory directory, int tag) {
        Rational value = directory.getRational(tag);
        return value == null || value.getDenominator() == 0 ? null : value.doubleValue();
    }

    private static Integer firstInteger(Directory directory, int tag) {
        int[] values = directory.getIntArray(tag);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static GeoLocation location(GpsDirectory gps) {
        com.drew.lang.GeoLocation raw = gps == null ? null : gps.getGeoLocation();
        if (raw == null || raw.isZero()) {
            return null;
        }
        double latitude = raw.getLatitude();
        double longitude = raw.getLongitude();
        if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
            return null;
        }
        return new GeoLocation(latitude, longitude);
    }

    private static Map<String, String> xmp(Metadata metadata) {
        XmpDirectory directory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return directory == null ? Map.of() : directory.getXmpProperties();
    }

    private static FileType fileType(ContentType type) {
        return switch (type) {
            case JPEG -> FileType.Jpeg;
            case PNG -> FileType.Png;
            case WEBP -> FileType.WebP;
            case GIF -> FileType.Gif;
        };
    }

    /** The EXIF directories and XMP properties of one file, any of which may be absent. */
    private record Sources(Directory ifd0, Directory sub, Map<String, String> xmpProperties) {

        String exif(Directory directory, int tag) {
            String value = directory == null ? null : directory.getString(tag);
            return value == null || value.isBlank() ? null : value;
        }

        String xmp(String property) {
            String value = xmpProperties.get(property);
            return value == null || value.isBlank() ? null : value;
        }

        String first(Directory directory, int tag, String xmpProperty) {
            String value = exif(directory, tag);
            return value != null ? value : xmp(xmpProperty);
        }
    }
}
