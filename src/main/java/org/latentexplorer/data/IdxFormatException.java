package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/** An IDX file that is not what it claims to be; the message names the file and the problem. */
public final class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
