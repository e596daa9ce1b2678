package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.domain.photo.PhotoId;
import com.photostore.port.out.IdGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdGenerator} does: ids never repeat, and each photo id sorts after the ones before it. */
public abstract class IdGeneratorContractTest {
    private static final int COUNT = 5_000;

    private IdGenerator ids;

    /** The generator under test; called once before each test. */
    protected abstract IdGenerator ids();

    @BeforeEach
    void setUpIds() {
        ids = ids();
    }

    @Test
    void userIdsNeverRepeat() {
        assertThat(IntStream.range(0, COUNT).mapToObj(i -> ids.newUserId())).doesNotHaveDuplicates();
    }

    @Test
    void sessionIdsNeverRepeat() {
        assertThat(IntStream.range(0, COUNT).mapToObj(i -> ids.newSessionId())).doesNotHaveDuplicates();
    }

    @Test
    void eachPhotoIdSortsAfterThePreviousOne() {
        PhotoId previous = ids.newPhotoId();
        for (int i = 0; i < COUNT; i++) {
            PhotoId next = ids.newPhotoId();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void idsMadeConcurrentlyNeverRepeat() {
        List<List<PhotoId>> batches = Concurrently.run(4,
                t -> IntStream.range(0, 1000).mapToObj(i -> ids.newPhotoId()).toList());

        Set<PhotoId> all = new HashSet<>();
        batches.forEach(all::addAll);
        assertThat(all).hasSize(4000);
        batches.forEach(batch -> assertThat(batch).isSorted());
    }
}
