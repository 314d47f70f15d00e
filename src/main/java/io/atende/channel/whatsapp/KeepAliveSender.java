package io.atende.channel.whatsapp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The simulator's HTTP/1.1 client: a fixed number of keep-alive connections, each served by one virtual thread that
 * takes the next delivery from a queue, as a webhook sender with bounded concurrency does. On a small machine the
 * simulator shares the cores of the server it measures, and {@code java.net.http} spent several times the CPU of
 * this for the same deliveries (and opened a connection per request in flight once the server slowed down). Plain
 * {@code http://} only: the simulator talks to a local server.
 */
final class KeepAliveSender implements AutoCloseable {

    private static final int TIMEOUT_MS = 30_000;
    private static final Delivery STOP = new Delivery(new byte[0], 0, null);

    /** One request, due at {@code dueNanos} ({@link System#nanoTime()}); the result is {status, nanos since due}. */
    record Delivery(byte[] request, long dueNanos, CompletableFuture<long[]> result) {
    }

    private final String host;
    private final int port;
    private final String path;
    private final BlockingQueue<Delivery> queue = new LinkedBlockingQueue<>();
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final int count;

    KeepAliveSender(URI target, int count) {
        if (!"http".equals(target.getScheme())) {
            throw new IllegalArgumentException("the simulator sends to http:// URLs only, not " + target);
        }
        this.host = target.getHost();
        this.port = target.getPort() < 0 ? 80 : target.getPort();
        this.path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        this.count = count;
        for (int i = 0; i < count; i++) {
            connections.execute(this::serve);
        }
    }

    /** A POST with a JSON body and the given extra header, as bytes ready to write. */
    byte[] post(byte[] body, String header, String value) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\n" + header + ": " + value
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    /** Queues a delivery; the next free connection sends it. */
    CompletableFuture<long[]> send(byte[] request, long dueNanos) {
        Delivery delivery = new Delivery(request, dueNanos, new CompletableFuture<>());
        queue.add(delivery);
        return delivery.result();
    }

    private void serve() {
        Socket socket = null;
        try {
            while (true) {
                Delivery next = queue.take();
                if (next == STOP) {
                    return;
                }
                int status;
                try {
                    boolean reused = socket != null;
                    if (socket == null) {
                        socket = open();
                    }
                    Exchange exchange = exchange(socket, next.request());
                    if (exchange == null && reused) {
                        // the server closed an idle keep-alive connection: once more on a new one
                        close(socket);
                        socket = open();
                        exchange = exchange(socket, next.request());
                    }
                    status = exchange == null ? 0 : exchange.status();
                    if (exchange == null || exchange.close()) {
                        close(socket);
                        socket = null;
                    }
                } catch (IOException e) {
                    close(socket);
                    socket = null;
                    status = 0;
                }
                next.result().complete(new long[] {status, System.nanoTime() - next.dueNanos()});
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(socket);
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        return socket;
    }

    private record Exchange(int status, boolean close) {
    }

    /** Writes the request and reads the whole answer; null when the connection was found closed. */
    private static Exchange exchange(Socket socket, byte[] request) throws IOException {
        OutputStream out = socket.getOutputStream();
        try {
            out.write(request);
            out.flush();
        } catch (IOException e) {
            return null;
        }
        InputStream in = new BufferedInputStream(socket.getInputStream(), 1024);
        String statusLine = line(in);
        if (statusLine == null) {
            return null;
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                in.skipNBytes(size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        return new Exchange(status, close);
    }

    /** One CRLF-terminated line, or null at the end of the stream. The buffered stream is read one line at a time. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int n = bytes.size();
                String s = bytes.toString(StandardCharsets.ISO_8859_1);
                return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static void close(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < count; i++) {
            queue.add(STOP);
        }
        connections.shutdown();
    }
}
