package org.latentexplorer.ui.exhibit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * The tour a waiting exhibit runs: each frame moves the puck a little further along a {@link Tour}
 * through the page's clusters at constant speed, and every few seconds the next caption shows. After a
 * lap (and some time on the page) it tells the shell, which may switch to the next view.
 */
final class AttractLoop {
    /** The puck travels this share of the visible half-width per second. */
    static final double SPEED_PER_HALF_SPAN = 0.3;
    static final long CAPTION_NANOS = 8_000_000_000L;
    /** A view stays at least this long before a finished lap hands over to the next one. */
    static final long MIN_VIEW_NANOS = 40_000_000_000L;
    /** The longest step one frame may take (after a stall the puck does not leap). */
    private static final double MAX_FRAME_SECONDS = 0.1;

    private final Supplier<ExhibitPage> page;
    private final Consumer<String> caption;
    private final Runnable lapDone;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private Tour tour;
    private double distance;
    private double lapStart;
    private double speed;
    private long lastFrame;
    private long pageSince;
    private long captionSince;
    private int captionIndex;
    private boolean running;
    private double hurry = 1;

    /** Tours {@code page}'s current page, shows captions through {@code caption}, and calls {@code lapDone} when a lap is done. */
    AttractLoop(Supplier<ExhibitPage> page, Consumer<String> caption, Runnable lapDone) {
        this.page = page;
        this.caption = caption;
        this.lapDone = lapDone;
    }

    void start() {
        if (!running) {
            running = true;
            pageChanged();
            timer.start();
        }
    }

    void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    boolean running() {
        return running;
    }

    /** The shell shows another page: a new tour on it, from its first caption. */
    void pageChanged() {
        tour = null;
        lastFrame = 0;
        pageSince = 0;
        captionIndex = 0;
        captionSince = 0;
        showCaption(page.get(), 0); // at once, not on the next frame: the hint must not linger into the tour
    }

    private void frame(long now) {
        ExhibitPage current = page.get();
        if (lastFrame == 0) {
            lastFrame = now;
            pageSince = now;
            captionSince = now;
            current.tourStarted();
        }
        double seconds = Math.min(MAX_FRAME_SECONDS, (now - lastFrame) / 1e9);
        lastFrame = now;
        if (now - captionSince >= CAPTION_NANOS) {
            captionIndex++;
            showCaption(current, now);
        }
        if (tour == null && !startTour(current)) {
            return; // the model is still opening
        }
        distance += speed * seconds;
        if (distance - lapStart >= tour.length() && now - pageSince >= MIN_VIEW_NANOS / hurry) {
            lapStart = distance;
            lapDone.run();
            return;
        }
        double[] at = tour.at(distance);
        current.movePuck(at[0], at[1]);
    }

    private boolean startTour(ExhibitPage current) {
        List<double[]> stops = current.tourStops();
        if (stops.isEmpty()) {
            return false;
        }
        tour = new Tour(TourStops.roundTrip(stops));
        double[] puck = current.puck();
        distance = tour.nearestDistance(puck[0], puck[1]);
        lapStart = distance;
        speed = hurry * SPEED_PER_HALF_SPAN * current.viewportProperty().get().halfSpan();
        current.tourStarted(); // the model may have opened only now
        return true;
    }

    private void showCaption(ExhibitPage current, long now) {
        List<String> captions = current.captions();
        captionSince = now;
        caption.accept(captions.isEmpty() ? "" : captions.get(captionIndex % captions.size()));
    }

    // ---- for tests and the soak

    /** Tours {@code factor} times faster and hands over to the next view that much sooner (tests). */
    void hurry(double factor) {
        hurry = factor;
    }

    /** The lap's length on the current page (0 before the tour has started there). */
    double lapLength() {
        return tour == null ? 0 : tour.length();
    }
}
