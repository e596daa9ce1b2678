package com.photostore.adapters.aws.rds;

import com.photostore.adapters.aws.support.SecretJson;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** The fields of a standard RDS secret this adapter needs; the password is never printed. */
record RdsSecret(String username, String password, String host, int port, String dbname) {
    private static final int DEFAULT_PORT = 5432;

    static RdsSecret parse(String secretId, String secretString) {
        Map<String, JsonNode> fields = SecretJson.object(secretString)
                .orElseThrow(() -> malformed(secretId, "it is not a JSON object"));
        String engine = optionalText(secretId, fields, "engine", "postgres");
        if (!engine.equals("postgres") && !engine.equals("aurora-postgresql")) {
            throw malformed(secretId, "its engine is " + engine + ", not postgres");
        }
        return new RdsSecret(text(secretId, fields, "username"), text(secretId, fields, "password"),
                text(secretId, fields, "host"), port(secretId, fields.get("port")),
                optionalText(secretId, fields, "dbname", "postgres"));
    }

    private static String text(String secretId, Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name);
        if (node == null || !node.isString() || node.asString().isEmpty()) {
            throw malformed(secretId, "it has no \"" + name + "\"");
        }
        return node.asString();
    }

    private static String optionalText(String secretId, Map<String, JsonNode> fields, String name, String fallback) {
        JsonNode node = fields.get(name);
        return node == null || node.isNull() ? fallback : text(secretId, fields, name);
    }

    private static int port(String secretId, JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(node.isNumber() ? node.asNumber() : node.asString());
            if (port > 0 && port < 65_536) {
                return port;
            }
        } catch (RuntimeException e) {
            throw malformed(secretId, "its port is not a number");
        }
        throw malformed(secretId, "its port is out of range");
    }

    private static IllegalStateException malformed(String secretId, String reason) {
        return new IllegalStateException("secret " + secretId + " is not an RDS secret: " + reason);
    }

    @Override
    public String toString() {
        return "RdsSecret[username=" + username + ", password=redacted, host=" + host + ", port=" + port + ", dbname="
                + dbname + "]";
    }
}
