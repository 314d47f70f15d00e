package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exchange under the adapters, where the fake cannot go: an answer that stops after its headers. */
class ProviderHttpClientTest {

    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseServer() {
        release.countDown();
    }

    @Test
    void shouldTimeOutAStreamThatGoesSilentInTheMiddleOfAnAnswer() throws Exception {
        String chunk = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Olá\"},\"finish_reason\":null}]}\n\n";
        int length = chunk.getBytes(StandardCharsets.UTF_8).length;
        try (ServerSocket server = stallingServer("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(length) + "\r\n" + chunk + "\r\n")) {
            List<String> pieces = new ArrayList<>();

            LlmException e = callWithin(server, pieces::add, Duration.ofSeconds(5));

            assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
            assertThat(pieces).containsExactly("Olá");
        }
    }

    @Test
    void shouldTimeOutAPlainAnswerThatGoesSilentAfterItsHeaders() throws Exception {
        try (ServerSocket server = stallingServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: 500\r\n\r\n{\"id\":\"chatcmpl-1\",")) {

            LlmException e = callWithin(server, null, Duration.ofSeconds(5));

            assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
        }
    }

    /** Answers one request with {@code head}, then sends nothing more until the test ends. */
    private ServerSocket stallingServer(String head) throws Exception {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket socket = server.accept()) {
                socket.getInputStream().read(new byte[8192]);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.UTF_8));
                out.flush();
                release.await(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the client hung up
            }
        });
        return server;
    }

    private static LlmException callWithin(ServerSocket server, Consumer<String> partial, Duration limit) {
        ChatProvider provider = ChatProviders.create(LlmTestProperties.of("openai",
                "http://127.0.0.1:" + server.getLocalPort() + "/v1", "sk-test", 500));
        long start = System.nanoTime();
        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.call("m", ChatProviderContract.ask("oi"), partial));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
        return e;
    }
}
