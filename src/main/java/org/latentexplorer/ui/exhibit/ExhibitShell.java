package org.latentexplorer.ui.exhibit;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The exhibit's screen: a top bar of large buttons (the views, Surprise me, zoom, the whole map), the
 * page of the view shown, a caption bar, the tour's "touch the screen" badge, and the start screen on
 * top. It follows the {@link IdleWatch}: the start screen, a visitor exploring, or the tour.
 */
public final class ExhibitShell extends StackPane implements AutoCloseable {
    static final double ZOOM_STEP = 1.5;
    /** A screen lower than this (1280x720) gets the style class "compact": the same layout, a little smaller. */
    private static final double COMPACT_BELOW = 900;
    private static final String COMPACT = "compact";
    private static final long CHECK_MILLIS = 250;
    private static final List<EventType<? extends InputEvent>> VISITOR_INPUT = List.of(MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL, TouchEvent.ANY, ZoomEvent.ANY, KeyEvent.KEY_PRESSED);

    private final Texts texts;
    private final List<ExhibitPage> pages;
    private final IdleWatch idle;
    private final AttractLoop attract;
    private final StackPane pageHolder = new StackPane();
    private final Label caption = new Label();
    private final Label badge;
    private final StartScreen start;
    private final ToggleGroup viewSwitch = new ToggleGroup();
    private final ScheduledExecutorService ticker;
    private int shown = -1;
    /** The touch that ended the start screen is still down (its made-up mouse events are dropped). */
    private boolean startingTouch;

    /** The exhibit over {@code pages} (the first is where it starts); {@code clock} gives nanoseconds for the idle times. */
    ExhibitShell(ExhibitOptions options, Texts texts, List<ExhibitPage> pages, LongSupplier clock) {
        this.texts = texts;
        this.pages = List.copyOf(pages);
        getStyleClass().addAll("explorer", "exhibit");
        heightProperty().addListener((obs, old, height) -> {
            getStyleClass().remove(COMPACT);
            if (height.doubleValue() < COMPACT_BELOW) {
                getStyleClass().add(COMPACT);
            }
        });
        attract = new AttractLoop(this::current, this::showCaption, this::nextViewOnTour);
        caption.setId("exhibit-caption");
        caption.getStyleClass().add("exhibit-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        badge = new Label(texts.text(ExhibitText.TOUCH_TO_PLAY));
        badge.setId("exhibit-badge");
        badge.getStyleClass().add("exhibit-badge");
        badge.setMouseTransparent(true);
        badge.setVisible(false);
        StackPane.setAlignment(badge, Pos.TOP_CENTER);
        pageHolder.getStyleClass().add("exhibit-page-holder");
        BorderPane main = new BorderPane(pageHolder);
        main.setTop(topBar());
        main.setBottom(caption);
        start = new StartScreen(texts);
        getChildren().addAll(main, start);
        showPage(0);
        start.show(true);
        idle = new IdleWatch(options.idle(), options.reset(), clock, this::stateChanged);
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "exhibit-idle");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> Platform.runLater(idle::check), CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Counts every touch, click, scroll and key in {@code scene} as a visitor. The touch that ends the start
     * screen goes no further, nor do the mouse events JavaFX makes up from it (they would press a button
     * that was under the start screen).
     */
    public void watchVisitors(Scene scene) {
        for (EventType<? extends InputEvent> type : VISITOR_INPUT) {
            scene.addEventFilter(type, e -> {
                boolean starting = idle.state() == IdleWatch.State.START;
                if (e.getEventType() == TouchEvent.TOUCH_PRESSED) {
                    startingTouch = starting;
                }
                idle.input();
                if (starting && e.getEventType() != MouseEvent.MOUSE_MOVED) {
                    e.consume();
                }
            });
        }
        scene.addEventFilter(MouseEvent.ANY, e -> {
            if (startingTouch && e.isSynthesized()) {
                e.consume();
            } else if (!e.isSynthesized()) {
                startingTouch = false;
            }
        });
    }

    private HBox topBar() {
        Label title = new Label(StartScreen.TITLE);
        title.getStyleClass().add("exhibit-title");
        HBox views = new HBox(0);
        views.getStyleClass().add("exhibit-views");
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            ExhibitView view = pages.get(i).view();
            ToggleButton button = new ToggleButton(texts.text(view == ExhibitView.DIGITS ? ExhibitText.VIEW_DIGITS : ExhibitText.VIEW_MELODIES));
            button.setId("exhibit-view-" + view.code());
            button.getStyleClass().add("exhibit-button");
            button.setToggleGroup(viewSwitch);
            button.setOnAction(e -> showPage(index));
            button.setFocusTraversable(false);
            if (i == 0) {
                button.getStyleClass().add("view-first");
            }
            if (i == pages.size() - 1) {
                button.getStyleClass().add("view-last");
            }
            views.getChildren().add(button);
        }
        viewSwitch.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                viewSwitch.selectToggle(old); // one view is always on
            }
        });
        views.setVisible(pages.size() > 1);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(18, title, views, spacer,
                button(texts.text(ExhibitText.SURPRISE), "exhibit-surprise", () -> current().surprise()),
                button("+", "exhibit-zoom-in", () -> zoom(ZOOM_STEP)),
                button("\u2212", "exhibit-zoom-out", () -> zoom(1 / ZOOM_STEP)),
                button(texts.text(ExhibitText.WHOLE_MAP), "exhibit-whole-map", () -> current().wholeMap()));
        bar.getStyleClass().add("exhibit-top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("exhibit-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Zooms around the puck when it is in view, else around the middle. */
    private void zoom(double factor) {
        Viewport view = current().viewportProperty().get();
        double[] puck = current().puck();
        boolean puckShows = view.contains(puck[0], puck[1]);
        current().viewportProperty().set(view.zoom(factor, puckShows ? puck[0] : view.centerU(), puckShows ? puck[1] : view.centerV()));
    }

    /** "Loading…" over a pad while its model opens, "Sorry…" when it could not. */
    static Label loadingNotice(Texts texts, ObservableBooleanValue notOpen, ObservableBooleanValue opening) {
        Label notice = new Label();
        notice.getStyleClass().add("exhibit-loading");
        notice.setMouseTransparent(true);
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.when(opening).then(texts.text(ExhibitText.LOADING)).otherwise(texts.text(ExhibitText.OPEN_FAILED)));
        notice.visibleProperty().bind(notOpen);
        return notice;
    }

    private ExhibitPage current() {
        return pages.get(shown);
    }

    private void showPage(int index) {
        if (index == shown) {
            return;
        }
        if (shown >= 0) {
            current().tourStopped();
        }
        shown = index;
        pageHolder.getChildren().setAll(current().node());
        current().padLayer().getChildren().add(badge); // leaves the page it was on
        viewSwitch.selectToggle(viewSwitch.getToggles().get(index));
        if (attract.running()) {
            attract.pageChanged();
        } else {
            showCaption(current().hint());
        }
    }

    private void nextViewOnTour() {
        if (pages.size() > 1) {
            showPage((shown + 1) % pages.size());
        }
    }

    private void showCaption(String text) {
        caption.setText(text);
    }

    private void stateChanged(IdleWatch.State state) {
        boolean touring = state == IdleWatch.State.ATTRACT;
        if (!touring) {
            attract.stop();
            current().tourStopped();
        }
        if (state == IdleWatch.State.START) {
            pages.forEach(ExhibitPage::reset);
            showPage(0);
        }
        start.show(state == IdleWatch.State.START);
        badge.setVisible(touring);
        caption.getStyleClass().remove("touring");
        if (touring) {
            caption.getStyleClass().add("touring");
            attract.start();
        } else {
            showCaption(current().hint());
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        attract.stop();
        pages.forEach(ExhibitPage::close);
    }

    // ---- for tests and the soak

    IdleWatch.State state() {
        return idle.state();
    }

    ExhibitPage page() {
        return current();
    }

    List<ExhibitPage> pages() {
        return pages;
    }

    String caption() {
        return caption.getText();
    }

    AttractLoop attractLoop() {
        return attract;
    }
}
