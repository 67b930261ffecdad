package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.jfugue.Pattern;
import org.jfugue.Player;
import org.junit.jupiter.api.Test;

/** JFugue (Debian's 4.0.3) is on the classpath and turns a pattern into a real MIDI sequence. */
class JFugueSmokeTest {
    @Test
    void patternBecomesSequenceWithTheNotesInOrder() {
        Sequence sequence = new Player(false).getSequence(new Pattern("T120 I[Piano] C5q E5q G5h"));
        List<Integer> noteOns = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
                    noteOns.add(m.getData1());
                }
            }
        }
        assertEquals(List.of(60, 64, 67), noteOns);
        assertTrue(sequence.getTickLength() > 0);
    }
}
