package org.latentexplorer.ui.exhibit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.PickResult;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.i18n.Language;
import org.testfx.api.FxToolkit;

/**
 * What the exhibit's window tests share: an exhibit on a clock the test moves (the idle times pass at
 * once), the quit chord counted instead of leaving, fingers (touch and pinch events fired at a node,
 * as TestFX has no touch robot), and the primary stage put back as the other tests expect it.
 */
abstract class ExhibitFxTest extends ExplorerFxTest {
    static final Duration IDLE = Duration.ofSeconds(60);
    static final Duration RESET = Duration.ofSeconds(300);
    static final MelodyPlayer.SynthesizerSource NO_SOUND_CARD = () -> {
        throw new javax.sound.midi.MidiUnavailableException("Can not open line");
    };

    final AtomicLong clock = new AtomicLong(1_000_000_000L);
    final AtomicBoolean quit = new AtomicBoolean();
    final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    ExhibitApp exhibit;
    private Thread.UncaughtExceptionHandler previousHandler;
    private int touchSet;

    ExhibitFxTest() {
        super(60_000);
    }

    ExhibitShell open(Language language, List<ExhibitView> views, Path imageModel, Path melodyModel, MelodyPlayer.SynthesizerSource audio)
            throws Exception {
        ExhibitOptions options = new ExhibitOptions(language, views, IDLE, RESET, imageModel, melodyModel);
        exhibit = (ExhibitApp) FxToolkit.setupApplication(() -> new ExhibitApp(options, clock::get, audio, () -> quit.set(true)));
        onFx(() -> {
            previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
            return null;
        });
        waitUntil("every view's model open", () -> exhibit.shell().pages().stream().allMatch(p -> !p.tourStops().isEmpty()));
        return exhibit.shell();
    }

    @AfterEach
    void closeExhibit() throws Exception {
        if (exhibit == null) {
            return;
        }
        Stage stage = exhibit.stage();
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
            stage.setFullScreen(false); // the primary stage is the next test class's too
            stage.setOnCloseRequest(null);
            stage.setFullScreenExitKeyCombination(null);
            return null;
        });
        FxToolkit.cleanupApplication(exhibit);
    }

    /** Moves the test's clock on: the exhibit sees that much time pass without a visitor. */
    void pass(Duration time) {
        clock.addAndGet(time.toNanos());
    }

    IdleWatch.State waitForState(ExhibitShell shell, IdleWatch.State wanted) throws Exception {
        waitUntil("the exhibit in state " + wanted, () -> shell.state() == wanted);
        return wanted;
    }

    /** One finger ({@code fingers} = 1) or several at {@code node}'s local point, as a touch screen reports it. */
    void touch(Node node, javafx.event.EventType<TouchEvent> type, double x, double y, int fingers) throws Exception {
        int set = ++touchSet;
        onFx(() -> {
            Point2D scene = node.localToScene(x, y);
            Point2D screen = node.localToScreen(x, y);
            TouchPoint.State state = type == TouchEvent.TOUCH_PRESSED ? TouchPoint.State.PRESSED
                    : type == TouchEvent.TOUCH_RELEASED ? TouchPoint.State.RELEASED : TouchPoint.State.MOVED;
            List<TouchPoint> points = new ArrayList<>();
            for (int f = 0; f < fingers; f++) {
                points.add(new TouchPoint(f + 1, state, scene.getX() + 40 * f, scene.getY(), screen.getX() + 40 * f, screen.getY(), node,
                        new PickResult(node, scene.getX() + 40 * f, scene.getY())));
            }
            Event.fireEvent(node, new TouchEvent(type, points.get(0), points, set, false, false, false, false));
            return null;
        });
    }

    /** A pinch at {@code node}'s local point: {@code factor} above 1 spreads the fingers. */
    void pinch(Node node, double x, double y, double factor) throws Exception {
        onFx(() -> {
            Point2D scene = node.localToScene(x, y);
            Point2D screen = node.localToScreen(x, y);
            Event.fireEvent(node, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, false, false, false, true, false, factor, factor, new PickResult(node, scene.getX(), scene.getY())));
            return null;
        });
    }
}
