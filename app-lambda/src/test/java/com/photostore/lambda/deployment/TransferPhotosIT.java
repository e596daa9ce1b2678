package com.photostore.lambda.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.common.http.contract.CameraPhotos;
import com.photostore.domain.photo.Photo;
import com.photostore.domain.photo.PhotoId;
import com.photostore.domain.photo.PhotoStatus;
import com.photostore.lambda.LambdaFunction;
import com.photostore.lambda.runtime.FunctionProcess;
import com.photostore.lambda.runtime.InvocationResult;
import com.photostore.wiring.testing.AwsProtocolStack;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * TransferPhotos from its deployment jar through the runtime client, handed batches of real messages of the upload
 * queue (S3's notifications of files posted through real upload forms, and strangers' messages) as the SQS event
 * source hands them: it reports exactly the poison ones, has one effect for a batch delivered twice, and leaves a
 * photo deleted before its event deleted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferPhotosIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    private final AwsProtocolStack stack = AwsProtocolStack.start(SharedDeployment.ORIGIN);
    private final FunctionProcess transfer = FunctionProcess.start(DeployedFunctions.config(
            LambdaFunction.TRANSFER_PHOTOS, stack));
    private final UploadBatch uploads = new UploadBatch(stack);

    @AfterAll
    void stop() {
        uploads.close();
        transfer.close();
        stack.close();
    }

    @Test
    void aBatchOfTenWithTwoPoisonMessagesReportsExactlyThoseTwo() {
        List<PhotoId> photos = new ArrayList<>();
        List<String> files = List.of("Canon_40D.jpg", "Nikon_D70.jpg", "Pentax_K10D.jpg", "Sony_HDR-HC3.jpg",
                "Kodak_CX7530.jpg", "Olympus_C8080WZ.jpg", "Ricoh_Caplio_RR330.jpg", "Panasonic_DMC-FZ30.jpg");
        for (String file : files) {
            photos.add(uploads.upload(file, CameraPhotos.jpeg(file)));
        }
        List<String> poisonBodies = List.of("this is no S3 notification " + UUID.randomUUID(),
                "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"id\":\""
                        + UUID.randomUUID() + "\"}]}");
        poisonBodies.forEach(uploads::send);
        List<String> expected = new ArrayList<>(poisonBodies);
        photos.forEach(id -> expected.add(UploadBatch.uploadOf(id)));
        byte[] event = uploads.receiveEvent(expected, ARRIVAL);

        JsonNode records = json(event).get("Records");
        List<String> poison = StreamSupport.stream(records.spliterator(), false)
                .filter(record -> poisonBodies.contains(record.get("body").asText()))
                .map(record -> record.get("messageId").asText()).toList();
        List<String> failed = failures(invoke(event));

        assertThat(poison).hasSize(2);
        assertThat(failed).containsExactlyInAnyOrderElementsOf(poison);
        assertThat(photos).allSatisfy(id -> assertThat(stored(id).status()).isEqualTo(PhotoStatus.READY));
    }

    @Test
    void aBatchDeliveredTwiceHasOneEffect() {
        PhotoId id = uploads.upload("twice.jpg", CameraPhotos.jpeg("Fujifilm_FinePix_E500.jpg"));
        byte[] event = uploads.receiveEvent(List.of(UploadBatch.uploadOf(id)), ARRIVAL);

        assertThat(failures(invoke(event))).isEmpty();
        Photo first = stored(id);
        assertThat(failures(invoke(event))).isEmpty();

        assertThat(first.status()).isEqualTo(PhotoStatus.READY);
        assertThat(stored(id)).isEqualTo(first);
    }

    @Test
    void aPhotoDeletedBeforeItsEventStaysDeleted() {
        PhotoId id = uploads.upload("deleted.jpg", CameraPhotos.jpeg("Canon_PowerShot_S40.jpg"));
        byte[] event = uploads.receiveEvent(List.of(UploadBatch.uploadOf(id)), ARRIVAL);
        uploads.delete(id);

        assertThat(failures(invoke(event))).isEmpty();

        assertThat(uploads.catalog().find(uploads.owner().userId(), id)).isEmpty();
    }

    private InvocationResult invoke(byte[] event) {
        InvocationResult result = transfer.invoke(event);
        assertThat(result.failed()).as("%s%n%s", result, transfer.logs()).isFalse();
        return result;
    }

    private Photo stored(PhotoId id) {
        return uploads.catalog().find(uploads.owner().userId(), id).orElseThrow();
    }

    private static List<String> failures(InvocationResult result) {
        return StreamSupport.stream(json(result.payload()).get("batchItemFailures").spliterator(), false)
                .map(failure -> failure.get("itemIdentifier").asText()).toList();
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
