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
import org.junit.jupiter.api.Test;

/** The exchange under the adapters, where the fake cannot go: a stream that stops in the middle of an answer. */
class ProviderHttpClientTest {

    @Test
    void shouldTimeOutAStreamThatGoesSilentInTheMiddleOfAnAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[8192]);
                    OutputStream out = socket.getOutputStream();
                    String chunk = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                            + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Olá\"},"
                            + "\"finish_reason\":null}]}\n\n";
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + Integer.toHexString(chunk.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + chunk + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await(10, TimeUnit.SECONDS); // then nothing more: the provider went silent
                } catch (Exception ignored) {
                    // the client hung up
                }
            });
            ChatProvider provider = ChatProviders.create(LlmTestProperties.of("openai",
                    "http://127.0.0.1:" + server.getLocalPort() + "/v1", "sk-test", 500));
            List<String> pieces = new ArrayList<>();
            long start = System.nanoTime();

            LlmException e = catchThrowableOfType(LlmException.class,
                    () -> provider.call("m", ChatProviderContract.ask("oi"), pieces::add));

            assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
            assertThat(pieces).containsExactly("Olá");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            release.countDown();
        }
    }
}
