package io.ordo.cli.transfer;

import java.io.OutputStream;
import java.io.Writer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of UTF-8 text written on to a {@link Writer} (the command's standard output), decoding
 * characters split across writes correctly.
 */
final class TextOutput extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    TextOutput(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(pending.remaining(), end - at);
            pending.put(bytes, at, n);
            at += n;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, endOfInput);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        out.flush();
    }
}
