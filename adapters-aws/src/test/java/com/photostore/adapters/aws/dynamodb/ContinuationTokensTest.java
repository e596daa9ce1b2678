package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.domain.encoding.Base64Url;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.CatalogPage;
import com.photostore.port.out.CatalogQuery;
import com.photostore.port.out.contract.CatalogFixture;
import com.photostore.port.out.contract.Fresh;
import com.photostore.port.out.contract.TestPhoto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Continuation tokens continue the listing they came from and nothing else; anything else is refused. */
class ContinuationTokensTest {
    private static final UserId OWNER = Fresh.userId();
    private static DynamoDbPhotoCatalog catalog;
    private static String token;

    @BeforeAll
    static void listAPage() {
        DynamoDbClient client = DynaliteServer.shared().client();
        catalog = new DynamoDbPhotoCatalog(client, PhotoTables.create(client));
        CatalogFixture photos = new CatalogFixture(catalog);
        for (int i = 0; i < 3; i++) {
            photos.ready(TestPhoto.of(OWNER).uploadedAt(TestPhoto.BASE.plus(Duration.ofMinutes(i))));
        }
        CatalogPage first = catalog.list(query(OWNER, PhotoSort.UPLOADED_AT));
        token = first.continuation().orElseThrow();
    }

    @Test
    void aTokenContinuesItsOwnListing() {
        assertThat(catalog.list(query(OWNER, PhotoSort.UPLOADED_AT).after(token)).items()).hasSize(1);
    }

    @Test
    void aTokenOfAnotherOwnerOrSortIsRefused() {
        assertThatThrownBy(() -> catalog.list(query(Fresh.userId(), PhotoSort.UPLOADED_AT).after(token)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.list(query(OWNER, PhotoSort.NAME).after(token)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage!", "AAAA", "not base64 at all", "AQ"})
    void garbageIsRefused(String garbage) {
        assertThatThrownBy(() -> catalog.list(query(OWNER, PhotoSort.UPLOADED_AT).after(garbage)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedOrExtendedTokenIsRefused() {
        byte[] bytes = Base64Url.decodeOrNull(token);
        String truncated = Base64Url.encode(Arrays.copyOf(bytes, bytes.length - 3));
        String extended = token + Base64Url.encode("x".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> catalog.list(query(OWNER, PhotoSort.UPLOADED_AT).after(truncated)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.list(query(OWNER, PhotoSort.UPLOADED_AT).after(extended)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CatalogQuery query(UserId owner, PhotoSort sort) {
        return CatalogFixture.query(owner, sort, SortOrder.ASC, PhotoFilter.READY, 2);
    }
}
