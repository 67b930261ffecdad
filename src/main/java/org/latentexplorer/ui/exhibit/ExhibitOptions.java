package org.latentexplorer.ui.exhibit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.latentexplorer.ui.i18n.Language;

/**
 * How an exhibit runs: its language, the views it shows (the first is where it starts), how long it
 * waits before the tour and before going back to the start screen, and the models it opens.
 */
public record ExhibitOptions(Language language, List<ExhibitView> views, Duration idle, Duration reset, Path imageModel, Path melodyModel) {
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);
    /** The reset time when none is given: this many idle times. */
    public static final int RESET_PER_IDLE = 5;

    public ExhibitOptions {
        views = List.copyOf(new LinkedHashSet<>(views));
        if (views.isEmpty()) {
            throw new IllegalArgumentException("--views names no view: use digits, melodies or both (comma-separated)");
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("--idle-seconds must be above zero, got " + idle.toMillis() / 1000.0);
        }
        if (reset.compareTo(idle) <= 0) {
            throw new IllegalArgumentException("--reset-seconds (" + reset.toMillis() / 1000.0 + ") must be longer than --idle-seconds ("
                    + idle.toMillis() / 1000.0 + ")");
        }
    }

    /** The reset time for {@code idle} when none is given. */
    public static Duration defaultReset(Duration idle) {
        return idle.multipliedBy(RESET_PER_IDLE);
    }

    /** As {@link javafx.application.Application#launch} passes them: {@code --name=value}. */
    public List<String> asParameters() {
        List<String> parameters = new ArrayList<>();
        parameters.add("--lang=" + language.code());
        parameters.add("--views=" + String.join(",", views.stream().map(ExhibitView::code).toList()));
        parameters.add("--idle-ms=" + idle.toMillis());
        parameters.add("--reset-ms=" + reset.toMillis());
        parameters.add("--model=" + imageModel);
        parameters.add("--melody-model=" + melodyModel);
        return parameters;
    }

    /** Back from {@link #asParameters()}'s named parameters. */
    public static ExhibitOptions fromParameters(Map<String, String> named) {
        List<ExhibitView> views = new ArrayList<>();
        for (String view : named.get("views").split(",")) {
            views.add(ExhibitView.parse(view));
        }
        return new ExhibitOptions(Language.parse(named.get("lang")), views, Duration.ofMillis(Long.parseLong(named.get("idle-ms"))),
                Duration.ofMillis(Long.parseLong(named.get("reset-ms"))), Path.of(named.get("model")), Path.of(named.get("melody-model")));
    }
}
