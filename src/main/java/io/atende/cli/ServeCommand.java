package io.atende.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./atende serve}: web chat, console, JSON API and webhooks. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store: web chat at /chat, console at /console, API under /api/v1.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin

    PackOption pack = new PackOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080 or $PORT).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
            }
            props.put("server.port", port);
        }
        if (System.getenv("ATENDE_PACK_WATCH") == null) {
            props.put("atende.pack.watch", true); // an edited pack is reloaded while serving
        }
        var context = Launcher.start(pack.dir(), true, props);
        String port = context.getEnvironment().getProperty("local.server.port");
        String store = context.getBean(io.atende.pack.Pack.class).identity().name();
        System.out.printf("%nAtende is serving %s:%n  web chat  http://localhost:%s/chat%n  console   http://localhost:%s/console"
                + "%n  API       http://localhost:%s/api/v1%n%n", store, port, port, port);
        System.out.flush();
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
