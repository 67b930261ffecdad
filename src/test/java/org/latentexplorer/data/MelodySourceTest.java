package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a model card records as its corpus reads back as the same source, so its held-out split can be rebuilt. */
class MelodySourceTest {
    @Test
    void aCardWrittenBeforeTheFolkCorpusStillNamesTheGameMusic() {
        String shipped = "midi: [/usr/share/games/openttd/baseset/openmsx, /usr/share/games/simutrans/music, /usr/share/planetblupi/music]";
        assertEquals(MelodySource.games(), MelodySource.parse(shipped));
        assertEquals(shipped, MelodySource.games().describe());
    }

    @Test
    void theFolkCollectionsReadBackWithTheirFolder() {
        MelodySource.Folk all = MelodySource.folk();
        assertEquals("folk: [essenFolksong, oneills1850, airdsAirs, ryansMammoth, miscFolk]", all.describe());
        assertEquals(all, MelodySource.parse(all.describe()));
        MelodySource.Folk elsewhere = new MelodySource.Folk(Path.of("/srv/tunes"), List.of("miscFolk"));
        assertEquals("folk /srv/tunes: [miscFolk]", elsewhere.describe());
        assertEquals(elsewhere, MelodySource.parse(elsewhere.describe()));
        assertEquals(new MelodySource.Midi(List.of(Path.of("/home/me/songs"))), MelodySource.parse("midi: [/home/me/songs]"));
    }

    @Test
    void aNameNoCorpusWritesIsNoSource() {
        assertNull(MelodySource.parse("mnist"));
        assertNull(MelodySource.parse("midi: []"));
        assertNull(MelodySource.parse(null));
    }
}
