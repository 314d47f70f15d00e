package io.atende.shared;

import java.nio.charset.StandardCharsets;

/**
 * Pix "copia e cola" codes (EMV BR Code, as the Banco Central's manual describes it): the CRC16 that ends them,
 * and where a well-formed one stands in a text (starts with {@code 000201}, ends with {@code 6304} and the CRC16 of
 * everything before it, on one line).
 */
public final class PixCodes {

    private PixCodes() {
    }

    /** Start (inclusive) and end (exclusive) of the first well-formed Pix code in {@code text}, or null. */
    public static int[] find(String text) {
        for (int from = text.indexOf("000201"); from >= 0; from = text.indexOf("000201", from + 1)) {
            int lineEnd = text.indexOf('\n', from);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            for (int crc = text.indexOf("6304", from + 6); crc >= 0 && crc + 8 <= lineEnd; crc = text.indexOf("6304", crc + 1)) {
                if (String.format("%04X", crc16(text.substring(from, crc + 4))).equals(text.substring(crc + 4, crc + 8))) {
                    return new int[] {from, crc + 8};
                }
            }
        }
        return null;
    }

    /** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF. */
    public static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }
}
