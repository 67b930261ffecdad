package org.latentexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;

/** The lab's figures: fixed decimals in the language's way, percentages as the language writes them, tables lined up whatever the words' lengths. */
class LabTextTest {

    @AfterEach
    void backToEnglish() {
        Texts.useForWindow(Language.EN);
    }

    @Test
    void figuresKeepTheirDecimalsAndTakeTheLanguagesDecimalSign() {
        Texts.useForWindow(Language.EN);
        assertEquals("0.0500", LabText.fixed(0.05, 4));
        assertEquals("1.000", LabText.fixed(0.9996, 3), "a near-perfect AUROC does not read as a perfect 1");
        assertEquals("12.5%", LabText.percent(0.125, 1));
        Texts.useForWindow(Language.HU);
        assertEquals("0,0500", LabText.fixed(0.05, 4));
        assertEquals("12,5%", LabText.percent(0.125, 1));
        Texts.useForWindow(Language.FI);
        assertEquals("12,5\u00a0%", LabText.percent(0.125, 1), "Finnish puts a space before %");
        assertEquals("PSNR 23,38 dB", LabText.PSNR.format(LabText.fixed(23.377, 2)));
    }

    @Test
    void aTablesValuesStartInOneColumn() {
        String table = ComparePage.table("MSE pixelenként", "0,0335", "lyukak", "13,1%", "5-NN pontosság", "83,8%");
        String[] rows = table.split("\n");
        assertEquals(3, rows.length);
        for (String row : rows) {
            assertEquals("MSE pixelenként".length() + 2, row.indexOf(row.strip().split(" {2,}")[1]), row);
        }
    }
}
