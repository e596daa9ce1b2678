package com.photostore.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The POST policy signature against the example of the S3 documentation, "Example: Browser-Based Upload using HTTP POST (Using AWS Signature Version 4)". */
class PolicySignatureTest {
    private static final String EXAMPLE_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String EXAMPLE_POLICY = "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6"
            + "IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2Vy"
            + "MS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0"
            + "ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRD"
            + "b250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16"
            + "LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0s"
            + "DQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVx"
            + "dWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEy"
            + "MjlUMDAwMDAwWiIgfQ0KICBdDQp9";
    private static final String EXAMPLE_SIGNATURE = "8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e";

    @Test
    void reproducesTheSignatureOfTheDocumentedExample() {
        assertThat(EXAMPLE_POLICY).hasSize(864);

        String signature = PolicySignature.sign(EXAMPLE_POLICY, EXAMPLE_SECRET_KEY, "20151229", "us-east-1");

        assertThat(signature).isEqualTo(EXAMPLE_SIGNATURE);
    }

    @Test
    void theSignatureDependsOnTheDateAndRegionOfTheScope() {
        String signature = PolicySignature.sign(EXAMPLE_POLICY, EXAMPLE_SECRET_KEY, "20151229", "us-east-1");

        assertThat(PolicySignature.sign(EXAMPLE_POLICY, EXAMPLE_SECRET_KEY, "20151230", "us-east-1")).isNotEqualTo(signature);
        assertThat(PolicySignature.sign(EXAMPLE_POLICY, EXAMPLE_SECRET_KEY, "20151229", "eu-west-1")).isNotEqualTo(signature);
    }
}
