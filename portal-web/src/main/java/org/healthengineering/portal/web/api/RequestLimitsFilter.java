package org.healthengineering.portal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Caps the size of API request bodies before anything reads them: {@value #JSON_LIMIT} bytes for a JSON document,
 * {@value #FILE_LIMIT} bytes for a file (evidence, CSV, a CASE package to import). A larger body is refused with
 * 413 and a problem document; a body sent without a length is counted as it is read and refused the same way.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestLimitsFilter extends HttpFilter {

    /** Bytes in a JSON request; a request of the documented shapes is a few kilobytes. */
    public static final long JSON_LIMIT = 1024 * 1024;

    /** Bytes in an uploaded file: evidence (10 MB), CSV and CASE packages. */
    public static final long FILE_LIMIT = 32 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        long length = request.getContentLengthLong();
        if (length > limit) {
            drain(request);
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, length >= 0 ? length : limit, length < 0), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            }
        }
    }

    private static long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI();
        boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
        return json && !path.endsWith("/frameworks/import") ? JSON_LIMIT : FILE_LIMIT;
    }

    /**
     * Reads and discards a refused body (up to {@value #DRAINED} bytes), so that a client still sending it reads the
     * 413 instead of a broken connection; anything larger is cut off.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        long remaining = Math.min(request.getContentLengthLong(), DRAINED);
        byte[] buffer = new byte[64 * 1024];
        try (var in = request.getInputStream()) {
            for (int n; remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0; ) {
                remaining -= n;
            }
        }
    }

    /** The most of a refused body read before answering. */
    private static final long DRAINED = 64L * 1024 * 1024;

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemResponses.write(response, 413, "too-large", "The request body is too large",
                "This request accepts at most " + limit / 1024 + " KiB.", request.getRequestURI());
    }

    /** Thrown while reading a body without a declared length once it passes the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    /**
     * A request whose body ends where it should: after {@code Content-Length} bytes when the client declared it
     * (a request that also asks to upgrade the connection, as Java's HTTP client sends, otherwise never reaches the
     * end of its stream, and a reader waiting for it hangs), or, without a declared length, at the limit, past which
     * reading fails.
     */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean failBeyond;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit, boolean failBeyond) {
            super(request);
            this.limit = limit;
            this.failBeyond = failBeyond;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        if (read >= limit && !failBeyond) {
                            return -1;
                        }
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (length == 0) {
                            return 0;
                        }
                        if (read >= limit && !failBeyond) {
                            return -1;
                        }
                        int wanted = failBeyond ? length : (int) Math.min(length, limit - read);
                        int n = in.read(buffer, offset, wanted);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return (read >= limit && !failBeyond) || in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
