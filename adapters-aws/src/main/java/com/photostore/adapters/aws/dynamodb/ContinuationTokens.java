package com.photostore.adapters.aws.dynamodb;

import static com.photostore.adapters.aws.dynamodb.PhotoTableSchema.PARTITION_KEY;
import static com.photostore.adapters.aws.dynamodb.PhotoTableSchema.SORT_KEY;

import com.photostore.domain.encoding.Base64Url;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The catalogue's continuation token: the index and the last evaluated key of a listing (partition, item
 * and index sort key), base64url-encoded; a token that does not fit the listing it continues is refused.
 */
final class ContinuationTokens {
    private static final byte FORMAT = 1;
    private static final String REFUSED = "not a continuation token of this listing";

    private ContinuationTokens() {
    }

    static String encode(String index, String sortAttribute, Map<String, AttributeValue> lastEvaluatedKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(index);
            out.writeUTF(lastEvaluatedKey.get(PARTITION_KEY).s());
            out.writeUTF(lastEvaluatedKey.get(SORT_KEY).s());
            out.writeUTF(lastEvaluatedKey.get(sortAttribute).s());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64Url.encode(bytes.toByteArray());
    }

    /**
     * The key to continue a listing after, checked to belong to the index, the partition and the key
     * range ({@code sortPrefix}) of the listing.
     */
    static Map<String, AttributeValue> decode(String token, String index, String sortAttribute, String partition,
                                              String sortPrefix) {
        byte[] bytes = Base64Url.decodeOrNull(token);
        if (bytes == null) {
            throw new IllegalArgumentException(REFUSED);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            boolean fits = in.readByte() == FORMAT && in.readUTF().equals(index) && in.readUTF().equals(partition);
            String item = in.readUTF();
            String sortValue = in.readUTF();
            if (!fits || in.available() > 0 || !sortValue.startsWith(sortPrefix) || !isItemKey(item)) {
                throw new IllegalArgumentException(REFUSED);
            }
            return Map.of(PARTITION_KEY, AttributeValue.fromS(partition), SORT_KEY, AttributeValue.fromS(item),
                    sortAttribute, AttributeValue.fromS(sortValue));
        } catch (IOException e) {
            throw new IllegalArgumentException(REFUSED, e);
        }
    }

    private static boolean isItemKey(String item) {
        return item.startsWith("P#") || item.startsWith(SortKeys.tagItems());
    }
}
