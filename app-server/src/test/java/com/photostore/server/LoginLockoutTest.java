package com.photostore.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.port.out.contract.Concurrently;
import com.photostore.server.testing.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log-in and sign-up limits over real HTTP from several loopback source addresses, as an attacker on other
 * machines would send them: parallel guesses are checked at most the limit, they do not lock the owner out, sign-ups
 * are limited per address, and each refusal is counted on {@code /metrics}.
 */
class LoginLockoutTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    @TempDir
    Path home;

    @Test
    void fortyParallelGuessesFromOneAddressAreCheckedTenTimesAndTheOwnerStillLogsInFromAnother() {
        try (RunningServer server = RunningServer.start(home, Map.of())) {
            URI base = server.baseUri();
            assertThat(post(base, "127.0.0.1", "/api/v1/users", credentials("owner", PASSWORD)).status()).isEqualTo(201);

            List<Answer> guesses = Concurrently.run(40, i ->
                    post(base, "127.0.0.2", "/api/v1/sessions", credentials("owner", "a wrong guess number " + i)));

            long checked = guesses.stream().filter(a -> a.status() == 401).count();
            long busy = guesses.stream().filter(a -> a.status() == 503).count();
            long limited = guesses.stream().filter(a -> a.status() == 429).count();
            assertThat(checked).isLessThanOrEqualTo(10);
            assertThat(limited).as("refused at once; a 503 gives its reservation back").isGreaterThanOrEqualTo(30 - busy);
            assertThat(guesses).filteredOn(a -> a.status() == 429 || a.status() == 503)
                    .allSatisfy(a -> assertThat(a.head()).containsIgnoringCase("Retry-After:"));
            assertThat(guesses).allMatch(a -> a.status() == 401 || a.status() == 429 || a.status() == 503);
            Answer owner = post(base, "127.0.0.3", "/api/v1/sessions", credentials("owner", PASSWORD));
            assertThat(owner.status()).as(owner.head()).isEqualTo(201);
            assertThat(owner.body()).contains("\"deviceToken\"");
            String metrics = post(base, "127.0.0.1", "/metrics", null).body();
            assertThat(metrics).containsPattern("photostore_security_events_total\\{kind=\"log_in_rate_limited\"[^}]*} "
                    + limited + "\\.0");
            if (checked > 0) {
                assertThat(metrics).containsPattern("photostore_security_events_total\\{kind=\"log_in_failed\"[^}]*} "
                        + checked + "\\.0");
            }
        }
    }

    @Test
    void signUpsFromOneAddressStopAtTheLimitAndCreateNothingBeyondIt() {
        try (RunningServer server = RunningServer.start(home, Map.of("PHOTOSTORE_SIGNUP_ADDRESS_MAXATTEMPTS", "3"))) {
            URI base = server.baseUri();
            for (int i = 0; i < 3; i++) {
                assertThat(post(base, "127.0.0.4", "/api/v1/users", credentials("crowd" + i, PASSWORD)).status())
                        .isEqualTo(201);
            }

            Answer refused = post(base, "127.0.0.4", "/api/v1/users", credentials("crowd9", PASSWORD));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.head()).containsIgnoringCase("Retry-After:");
            assertThat(refused.body()).contains("/problems/rate-limited");
            assertThat(post(base, "127.0.0.5", "/api/v1/sessions", credentials("crowd9", PASSWORD)).status())
                    .as("no account was created").isEqualTo(401);
            assertThat(post(base, "127.0.0.5", "/api/v1/users", credentials("crowd9", PASSWORD)).status())
                    .as("another address may").isEqualTo(201);
        }
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** One HTTP/1.1 request from a chosen local address (GET when there is no body), read to its end. */
    private static Answer post(URI base, String from, String path, String json) {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            String head = (json == null ? "GET " : "POST ") + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            Matcher status = STATUS.matcher(text);
            assertThat(status.find()).as(text).isTrue();
            return new Answer(Integer.parseInt(status.group(1)), text.substring(0, Math.max(0, split)),
                    split < 0 ? "" : text.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Answer(int status, String head, String body) {
    }
}
