package io.atende.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for the public web chat's message endpoint: a burst of a few
 * messages is fine, a flood gets 429 with Retry-After.
 */
final class ChatRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ChatRateLimitFilter(int perMinute) {
        this.perSecond = perMinute / 60.0;
        this.capacity = Math.max(5, perMinute / 3.0);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/chat/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // bounded memory under an address-spraying flood; limits restart from full
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(capacity));
        double wait = bucket.take(perSecond, capacity, System.nanoTime());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString((long) Math.ceil(wait)));
            JsonErrors.write(response, 429, "rate_limited", "too many messages; try again in a few seconds");
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        /** Takes one token; returns 0 on success or the seconds until one is available. */
        synchronized double take(double perSecond, double capacity, long now) {
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
