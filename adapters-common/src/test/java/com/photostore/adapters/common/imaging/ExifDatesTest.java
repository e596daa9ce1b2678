package com.photostore.adapters.common.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.TakenAt;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifDatesTest {

    @ParameterizedTest(name = "''{0}'' with ''{1}''")
    @CsvSource(nullValues = "null", value = {
        "2022:08:14 14:12:31, +03:00, 2022-08-14T14:12:31, +03:00",
        "2022:08:14 14:12:31, -0530, 2022-08-14T14:12:31, -05:30",
        "2022:08:14 14:12:31, null, 2022-08-14T14:12:31, null",
        "2022:08:14 14:12:31, '   :  ', 2022-08-14T14:12:31, null",
        "2013:07:05 03:18:27Z, null, 2013-07-05T03:18:27, Z",
        "2004-08-27T13:52:55+02:00, null, 2004-08-27T13:52:55, +02:00",
        "2008:10:22 16:46:53.25, null, 2008-10-22T16:46:53, null"
    })
    void readsLocalTimeAndOffset(String dateTime, String offset, LocalDateTime local, String zone) {
        assertThat(ExifDates.parse(dateTime, offset))
                .isEqualTo(new TakenAt(local, zone == null ? null : ZoneOffset.of(zone)));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(nullValues = "null", value = {"null", "'    :  :     :  :  '", "0000:00:00 00:00:00",
        "2022:13:01 00:00:00", "yesterday"})
    void ignoresBlankOrImpossibleDates(String dateTime) {
        assertThat(ExifDates.parse(dateTime, "+01:00")).isNull();
    }
}
