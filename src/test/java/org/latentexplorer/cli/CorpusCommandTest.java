package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
    @TempDir
    Path dir;

    private Path scale(String name, int bars) throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, 96);
        Track track = sequence.createTrack();
        for (int i = 0; i < bars * 4; i++) {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60 + i, 90), i * 96L));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 60 + i, 0), i * 96L + 96));
        }
        Path file = dir.resolve(name);
        MidiSystem.write(sequence, 1, file.toFile());
        return file;
    }

    @Test
    void reportsEachFileAndSkipsACorruptOneWithAWarning() throws Exception {
        scale("rising.mid", 5);
        Files.writeString(dir.resolve("broken.mid"), "MThd but not really");
        CliTestSupport.Result result = CliTestSupport.runOk("corpus", dir.toString());
        assertTrue(result.out().lines().anyMatch(l -> l.contains("rising.mid") && l.contains("kept     4")), result.out());
        assertTrue(result.err().contains("warning: skipped " + dir.resolve("broken.mid")), result.err());
        assertTrue(result.out().contains("2 files (1 skipped): 4 windows kept"), result.out());
    }

    @Test
    void aFolderWithoutMelodiesIsAnErrorThatSaysWhatWasFound() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "no music here");
        CliTestSupport.Result result = CliTestSupport.run("corpus", dir.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("no MIDI files (.mid, .midi, .kar) found"), result.err());
    }

    @Test
    void aMissingFolderIsNamed() {
        CliTestSupport.run("corpus", dir.resolve("nope").toString()).assertOneLineError(1, "nope", "no such file or folder");
    }
}
