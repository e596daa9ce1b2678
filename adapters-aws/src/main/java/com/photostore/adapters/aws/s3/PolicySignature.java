package com.photostore.adapters.aws.s3;

import com.photostore.adapters.common.support.SigV4Keys;
import java.util.HexFormat;

/** The Signature Version 4 signature of a base64 POST policy: hex HMAC-SHA256 under the key derived for a day, region and S3. */
final class PolicySignature {

    private PolicySignature() {
    }

    /** Signs the base64 policy with a secret key for a date ({@code yyyyMMdd}) and region. */
    static String sign(String base64Policy, String secretKey, String date, String region) {
        return HexFormat.of().formatHex(SigV4Keys.hmac(SigV4Keys.signingKey(secretKey, date, region, "s3"),
                base64Policy));
    }
}
