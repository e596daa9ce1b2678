package com.photostore.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.testing.DynaliteServer;
import com.photostore.adapters.aws.testing.PhotoTables;
import com.photostore.domain.error.UnavailableException;
import com.photostore.domain.query.PhotoFilter;
import com.photostore.domain.query.PhotoSort;
import com.photostore.domain.query.SortOrder;
import com.photostore.port.out.contract.CatalogFixture;
import com.photostore.port.out.contract.Fresh;
import com.photostore.port.out.contract.TestPhoto;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A catalogue whose server has stopped fails fast with {@link UnavailableException}. */
class DynamoDbPhotoCatalogUnavailableTest {

    @Test
    void aStoppedServerMakesEveryCallUnavailable() {
        DynamoDbPhotoCatalog catalog;
        try (DynaliteServer server = DynaliteServer.start()) {
            DynamoDbClient client = server.client();
            catalog = new DynamoDbPhotoCatalog(client, PhotoTables.create(client));
        }
        DynamoDbPhotoCatalog stopped = catalog;

        long started = System.nanoTime();
        assertThatThrownBy(() -> stopped.find(Fresh.userId(), Fresh.photoId()))
                .isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> stopped.createPending(TestPhoto.of(Fresh.userId()).pending()))
                .isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> stopped.list(CatalogFixture.query(Fresh.userId(), PhotoSort.NAME, SortOrder.ASC,
                PhotoFilter.READY, 10))).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> stopped.tagCounts(Fresh.userId())).isInstanceOf(UnavailableException.class)
                .hasMessageNotContaining("test");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(60));
    }
}
