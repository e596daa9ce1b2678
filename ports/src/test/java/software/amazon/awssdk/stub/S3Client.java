package software.amazon.awssdk.stub;

/** A stand-in for an AWS SDK client, so that architecture rule fixtures can depend on the {@code software.amazon} package. */
public final class S3Client {
    /** Reads an object. */
    public byte[] getObject(String key) {
        return key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
