package io.atende.tool.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A static Pix "copia e cola" code (EMV BR Code, as the Banco Central's manual describes it) with its CRC16, so
 * a bank app would read the demo's codes as well-formed.
 */
final class PixCode {

    private PixCode() {
    }

    static String of(String key, String merchant, String city, BigDecimal amount, String txid) {
        String account = field("00", "br.gov.bcb.pix") + field("01", key);
        String payload = field("00", "01") + field("26", account) + field("52", "0000") + field("53", "986")
                + field("54", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                + field("58", "BR") + field("59", cut(merchant, 25)) + field("60", cut(city, 15))
                + field("62", field("05", cut(txid, 25))) + "6304";
        return payload + String.format("%04X", crc16(payload));
    }

    private static String field(String id, String value) {
        return id + String.format("%02d", value.length()) + value;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static int crc16(String text) {
        return io.atende.shared.PixCodes.crc16(text);
    }
}
