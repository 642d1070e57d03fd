package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8} agrees with the JDK's strict UTF-8 decoder, on random near-UTF-8 bytes. */
class Utf8Test {

    private static boolean jdkFindsNoError(byte[] bytes, boolean endOfInput) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return !decoder.decode(ByteBuffer.wrap(bytes), out, endOfInput).isError();
    }

    @Test
    void wellFormedIsWhatTheJdkDecodesWithoutError() {
        Random random = new Random(8);
        byte[] pieces = HexFormat.of().parseHex("41e4b8ade69687c2a9f09f9880edb080ef bfbe efbfbf e080 c0 80 f4908080 f5 ff".replace(" ", ""));
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : pieces[random.nextInt(pieces.length)];
            }
            String hex = HexFormat.of().formatHex(bytes);
            assertThat(Utf8.isWellFormed(bytes, 0, bytes.length, false)).as(hex).isEqualTo(jdkFindsNoError(bytes, true));
            if (Utf8.isWellFormed(bytes, 0, bytes.length, true)) {
                assertThat(jdkFindsNoError(bytes, false)).as("cut allowed: %s", hex).isTrue();
            }
            if (Utf8.isValid(bytes, 0, bytes.length)) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(jdkFindsNoError(bytes, true)).as(hex).isTrue();
                assertThat(text).as(hex).doesNotContain("\uFFFE", "\uFFFF");
            }
        }
    }
}
