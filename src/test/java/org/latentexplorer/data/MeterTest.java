package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeterTest {
    @Test
    void commonAndCutTimeAndTheTwoFourFamilyAreDuple() {
        assertEquals(16, Meter.parse("C").barSteps());
        assertEquals(16, Meter.parse(" C| ").barSteps());
        assertEquals(8, Meter.parse("2/4").barSteps());
        assertEquals(16, Meter.parse("4/4").barSteps());
        assertEquals(16, Meter.parse("2/2").barSteps());
        for (String duple : new String[] {"C", "C|", "2/4", "4/4", "2/2"}) {
            assertTrue(Meter.parse(duple).duple(), duple);
            assertNull(Meter.parse(duple).problem(), duple);
        }
    }

    @Test
    void tripleCompoundAndSlowMetersAreLeftOutWithTheirMeterNamed() {
        for (String other : new String[] {"3/4", "6/8", "9/8", "12/8", "3/8", "4/2", "5/4"}) {
            assertFalse(Meter.parse(other).duple(), other);
            assertEquals("meter " + other + " is not duple", Meter.parse(other).problem());
        }
    }

    @Test
    void aFreeOrMissingMeterIsSaidSo() {
        assertEquals("free meter (M:none)", Meter.parse("none").problem());
        assertEquals("free meter (M:FREI4/4)", Meter.parse("FREI4/4").problem());
        assertEquals("no meter (no M: field)", Meter.parse(null).problem());
    }

    @Test
    void theHeaderGivesTheTitleAndTheLastMeterBeforeTheKey() {
        AbcHeader header = AbcHeader.parse("X:5\nT:First title\nT:Second\nM:3/4\nM:C|  % cut time\nL:1/8\nK:D\nM:6/8\nabc|\n");
        assertEquals("First title", header.title());
        assertEquals("C|", header.meter().written());
        assertTrue(header.meter().duple(), "a meter change in the body does not decide the tune's meter");
    }
}
