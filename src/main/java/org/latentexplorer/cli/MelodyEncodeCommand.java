package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.music.MidiMelodies;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "encode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Encode melodies into the model's latent space (the encoder's mean) as CSV rows file,window,z1..zN.",
                "A file of at most two bars is one melody; a longer one gives its two-bar windows a bar apart (window 1, 2, ...,"
                        + " as --window counts them). A file that cannot be read is skipped with a warning; the rest are encoded."})
final class MelodyEncodeCommand implements Callable<Integer> {
    private static final int CHUNK = 256;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    static final class Input {
        @Option(names = "--midi", arity = "1..*", paramLabel = "FILE|DIR", description = "MIDI files, or folders searched for .mid, .midi and .kar files")
        List<Path> midi;

        @Option(names = "--tune", paramLabel = "TEXT", description = "a tune in JFugue's notation, e.g. \"C5q D5q E5h\"")
        String tune;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = {"-o", "--output"}, paramLabel = "CSV", description = "CSV file to write (default: standard output)")
    Path output;

    /** One row: where the melody came from and which of its windows. */
    private record Source(String file, int window, Melody melody) {
    }

    @Override
    public Integer call() throws Exception {
        List<Source> sources = input.tune != null ? List.of(new Source("tune", 1, MelodyInputs.read(null, input.tune, 1, "--midi", "--tune")))
                : readFiles();
        try (MelodySpace space = model.open()) {
            float[][] codes = encode(space, sources.stream().map(Source::melody).toList());
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                writeRows(out, sources, codes);
                out.flush();
                return 0;
            }
            AtomicFiles.writeText(output, csv -> writeRows(csv, sources, codes));
            long files = sources.stream().map(Source::file).distinct().count();
            out.printf("wrote %s: %d melod%s from %d %s, latent size %d%n", output, sources.size(), sources.size() == 1 ? "y" : "ies", files,
                    input.tune != null ? "tune" : files == 1 ? "file" : "files", space.latentSize());
            out.flush();
        }
        return 0;
    }

    private List<Source> readFiles() throws IOException {
        List<MelodyCorpus.Found> found = MelodyCorpus.midiFiles(input.midi);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no MIDI files (.mid, .midi, .kar) in " + String.join(", ", input.midi.stream().map(Path::toString).toList()));
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Source> sources = new ArrayList<>();
        for (MelodyCorpus.Found file : found) {
            if (file.problem() != null) {
                err.println("warning: skipped " + file.problem());
                continue;
            }
            try {
                List<Melody> windows = MidiMelodies.windows(file.file());
                for (int w = 0; w < windows.size(); w++) {
                    sources.add(new Source(file.file().toString(), w + 1, windows.get(w)));
                }
            } catch (IOException | IllegalArgumentException e) {
                err.println("warning: skipped " + ErrorLines.describe(e));
            }
        }
        err.flush();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("none of the " + found.size() + " MIDI file" + (found.size() == 1 ? "" : "s")
                    + " holds a melody to encode (each one skipped above)");
        }
        return sources;
    }

    private static float[][] encode(MelodySpace space, List<Melody> melodies) {
        float[][] codes = new float[melodies.size()][];
        for (int start = 0; start < melodies.size(); start += CHUNK) {
            float[][] chunk = space.encodeAll(melodies.subList(start, Math.min(melodies.size(), start + CHUNK)));
            System.arraycopy(chunk, 0, codes, start, chunk.length);
        }
        return codes;
    }

    private static void writeRows(Writer csv, List<Source> sources, float[][] codes) throws IOException {
        StringBuilder header = new StringBuilder("file,window");
        for (int i = 1; i <= codes[0].length; i++) {
            header.append(",z").append(i);
        }
        csv.write(header + "\n");
        for (int i = 0; i < sources.size(); i++) {
            StringBuilder row = new StringBuilder(quoted(sources.get(i).file())).append(',').append(sources.get(i).window());
            for (float v : codes[i]) {
                row.append(',').append(v);
            }
            csv.write(row + "\n");
        }
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
