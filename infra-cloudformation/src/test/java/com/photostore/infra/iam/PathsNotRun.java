package com.photostore.infra.iam;

import com.photostore.lambda.LambdaFunction;
import com.photostore.wiring.AwsDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Actions on code paths the contract runs cannot take on purpose, which a role may grant although no run recorded
 * them, each with the path that needs it (granting is allowed, not required):
 * <ul>
 *   <li>UploadUrl {@code dynamodb:DeleteItem} on the table: {@code DynamoDbPhotoCatalog.create} releases the content
 *       guard it claimed when the photo item cannot be written or another upload of the same content wins the
 *       race;</li>
 *   <li>TransferPhotos {@code dynamodb:DeleteItem} on the table: {@code markRejected} and {@code markReady} release
 *       the guard of an upload that declared a SHA-256 and is rejected, or turns out to hold other bytes.</li>
 * </ul>
 */
final class PathsNotRun {
    private static final Map<LambdaFunction, List<String>> TABLE_ACTIONS = Map.of(
            LambdaFunction.UPLOAD_URL, List.of("dynamodb:DeleteItem"),
            LambdaFunction.TRANSFER_PHOTOS, List.of("dynamodb:DeleteItem"));
    private static final String REASON = "a code path the runs do not take";

    private PathsNotRun() {
    }

    static List<Permission> of(LambdaFunction function, Map<String, Object> variables) {
        List<Permission> permissions = new ArrayList<>();
        Object table = variables.get(AwsDeployment.TABLE);
        if (table != null) {
            for (String action : TABLE_ACTIONS.getOrDefault(function, List.of())) {
                permissions.add(new Permission(action, REASON, Target.of(AwsDeployment.TABLE, table), false));
            }
        }
        return permissions;
    }
}
