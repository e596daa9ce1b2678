package com.photostore.adapters.common.postgres;

import com.photostore.domain.photo.PhotoId;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The position after the last photo of a page: the sort key's name, the photo's id and its sort value
 * as text, written {@code sort.id.base64url(value)}.
 */
record ContinuationToken(String sortName, PhotoId lastId, String lastValue) {
    private static final int MAX_LENGTH = 2048;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    ContinuationToken {
        Objects.requireNonNull(sortName, "sortName");
        Objects.requireNonNull(lastId, "lastId");
        Objects.requireNonNull(lastValue, "lastValue");
    }

    String encode() {
        return sortName + "." + lastId.value() + "." + ENCODER.encodeToString(lastValue.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token back; anything that is not one is an {@link IllegalArgumentException}. */
    static ContinuationToken parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            throw invalid();
        }
        PhotoId id = PhotoId.tryParse(parts[1]).orElseThrow(ContinuationToken::invalid);
        try {
            byte[] bytes = DECODER.decode(parts[2]);
            String value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new ContinuationToken(parts[0], id, value);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
    }

    static IllegalArgumentException invalid() {
        return new IllegalArgumentException("not a continuation token of this catalogue");
    }
}
