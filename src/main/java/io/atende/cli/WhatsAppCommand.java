package io.atende.cli;

import io.atende.channel.whatsapp.WebhookSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./atende whatsapp}: tools for the WhatsApp channel; see docs/whatsapp.md. */
@Command(name = "whatsapp", mixinStandardHelpOptions = true, subcommands = WhatsAppCommand.Simulate.class,
        description = "Tools for the WhatsApp Cloud API channel.")
final class WhatsAppCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** {@code whatsapp simulate}: signed webhook deliveries to a running server. */
    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Send realistic, correctly signed WhatsApp webhook deliveries (text messages) to a running "
                    + "Atende and report how fast they were acknowledged.")
    static final class Simulate implements Callable<Integer> {

        private static final String MESSAGES = "bench/customer-messages.txt";

        @Option(names = "--url", paramLabel = "URL",
                description = "The webhook (default: http://127.0.0.1:8080/webhooks/whatsapp).")
        String url = "http://127.0.0.1:8080/webhooks/whatsapp";

        @Option(names = "--app-secret", paramLabel = "SECRET",
                description = "The app secret the server checks signatures with (default: ATENDE_WHATSAPP_APP_SECRET).")
        String appSecret = System.getenv().getOrDefault("ATENDE_WHATSAPP_APP_SECRET", "");

        @Option(names = "--messages", paramLabel = "N", description = "Deliveries to send (default: 10).")
        int messages = 10;

        @Option(names = "--contacts", paramLabel = "N", description = "Distinct customers (default: 3).")
        int contacts = 3;

        @Option(names = "--rate", paramLabel = "PER_S", description = "Deliveries per second (default: 5).")
        int rate = 5;

        @Option(names = "--text", paramLabel = "TEXT",
                description = "Send this text every time (default: varied customer messages in Portuguese).")
        List<String> texts;

        @Option(names = "--json", description = "Print one JSON object instead of a summary.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            URI webhook;
            try {
                webhook = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--url is not a URL: " + url);
            }
            WebhookSimulator.Config config = new WebhookSimulator.Config(webhook, appSecret, contacts, rate,
                    messages, texts == null || texts.isEmpty() ? defaultTexts() : texts,
                    System.getenv().getOrDefault("ATENDE_WHATSAPP_PHONE_NUMBER_ID", "106540352242922"));
            WebhookSimulator.Report report = new WebhookSimulator().run(config,
                    line -> System.err.println("whatsapp: " + line));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sent", report.sent());
            out.put("acknowledged", report.acknowledged());
            out.put("statuses", report.statuses());
            out.put("ack_p50_ms", report.ackP50Ms());
            out.put("ack_p99_ms", report.ackP99Ms());
            out.put("ack_max_ms", report.ackMaxMs());
            out.put("seconds", report.seconds());
            System.out.println(json ? JsonMapper.builder().build().writeValueAsString(out)
                    : String.format("sent %d, acknowledged %d %s; acknowledgement p50 %.2f ms, p99 %.2f ms",
                    report.sent(), report.acknowledged(), report.statuses(), report.ackP50Ms(), report.ackP99Ms()));
            return report.acknowledged() == report.sent() ? 0 : 1;
        }

        private static List<String> defaultTexts() throws IOException {
            try (InputStream in = Simulate.class.getClassLoader().getResourceAsStream(MESSAGES)) {
                if (in == null) {
                    throw new IllegalStateException(MESSAGES + " is missing from the application");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }
}
