package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.data.ImageFolderReport;
import org.latentexplorer.ui.i18n.Texts;

/**
 * A folder's report as the Train view shows it: the {@code train --images} command's lines (a headline, a line per
 * folder, a line per skipped file) in the window's language; why a file was skipped stays as the reader said it.
 */
final class FolderReport {
    private FolderReport() {
    }

    static List<String> lines(ImageFolderReport report, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.format(report.classes() == 1 ? TrainText.REPORT_HEADLINE_ONE_CLASS : TrainText.REPORT_HEADLINE,
                report.root(), report.read(), report.skipped().size(), report.classes(), report.train(), report.test()));
        for (ImageFolderReport.Folder folder : report.folders()) {
            boolean top = ImageFolderReport.TOP_FOLDER.equals(folder.name());
            StringBuilder line = new StringBuilder("  ")
                    .append(texts.format(TrainText.REPORT_FOLDER, top ? texts.text(TrainText.REPORT_BESIDE) : folder.name(), folder.read()));
            if (folder.read() > 0) {
                line.append(' ').append(texts.format(TrainText.REPORT_SPLIT, folder.train(), folder.test()));
            }
            if (folder.inverted() > 0) {
                line.append(", ").append(texts.format(TrainText.REPORT_INVERTED, folder.inverted()));
            }
            if (!folder.skipped().isEmpty()) {
                line.append(", ").append(texts.format(TrainText.REPORT_SKIPPED, folder.skipped().size()));
            }
            if (folder.read() == 0 && !top) {
                line.append(": ").append(texts.text(TrainText.REPORT_NO_CLASS));
            }
            lines.add(line.toString());
            for (ImageFolderReport.Skipped skipped : folder.skipped()) {
                lines.add("    " + texts.format(TrainText.REPORT_SKIPPED_FILE, skipped.file(), skipped.reason()));
            }
        }
        return lines;
    }
}
