package org.latentexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The header fields of one ABC tune that the folk corpus needs: its title ({@code T:}, the first one) and its meter
 * ({@code M:}, the last one before the key field {@code K:} that ends the header).
 */
public record AbcHeader(String title, Meter meter) {
    private static final int MAX_BYTES = 1 << 20;

    /** The header of the first tune in {@code file} (UTF-8, else Latin-1 as older collections write). */
    public static AbcHeader read(Path file) throws IOException {
        InputFiles.requireFile(file, "no such ABC file");
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": holds more than " + MAX_BYTES + " bytes, more than one ABC tune needs");
        }
        return parse(decode(Files.readAllBytes(file)));
    }

    static AbcHeader parse(String text) {
        String title = "";
        String meter = null;
        boolean inTune = false;
        for (String line : text.split("\\R")) {
            if (line.startsWith("X:")) {
                if (inTune) {
                    break;
                }
                inTune = true;
            } else if (line.startsWith("K:")) {
                break;
            } else if (line.startsWith("T:") && title.isEmpty()) {
                title = line.substring(2).strip();
            } else if (line.startsWith("M:")) {
                meter = withoutComment(line.substring(2));
            }
        }
        return new AbcHeader(title, Meter.parse(meter));
    }

    private static String withoutComment(String value) {
        int comment = value.indexOf('%');
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
