package com.photostore.adapters.aws.support;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Reads the values a deployment keeps in SSM parameters and Secrets Manager secrets (where a database or cache
 * is, its credentials); errors name the parameter or secret, never its value.
 */
public final class DeploymentValues {
    private final SecretsManagerClient secrets;
    private final SsmClient parameters;

    public DeploymentValues(SecretsManagerClient secrets, SsmClient parameters) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** The stripped value of a parameter (SecureString values decrypted); a missing or blank one is an error. */
    public String parameter(String name) {
        try {
            String value = parameters.getParameter(b -> b.name(name).withDecryption(true)).parameter().value();
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("parameter " + name + " is empty");
            }
            return value.strip();
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading parameter " + name, e);
        }
    }

    /** The secret string of a secret; a secret without one is an error. */
    public String secretString(String secretId) {
        GetSecretValueResponse response;
        try {
            response = secrets.getSecretValue(b -> b.secretId(secretId));
        } catch (SdkException e) {
            throw AwsServiceFailures.translate("reading secret " + secretId, e);
        }
        return Optional.ofNullable(response.secretString())
                .orElseThrow(() -> new IllegalStateException("secret " + secretId + " has no secret string"));
    }
}
