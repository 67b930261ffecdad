package org.latentexplorer.ui.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.widgets.Scatter;

/** The tour's path: through every stop, smooth, at constant speed, round; and where its stops come from. */
class TourTest {
    private static final List<double[]> STOPS = List.of(new double[] {0, 0}, new double[] {3, 0.5}, new double[] {3.2, 0.6},
            new double[] {2, 3}, new double[] {-1, 2});

    @Test
    void thePathPassesThroughEveryStopAndComesBackToTheFirst() {
        Tour tour = new Tour(STOPS);
        for (double[] stop : STOPS) {
            double d = tour.nearestDistance(stop[0], stop[1]);
            double[] at = tour.at(d);
            assertEquals(0, Math.hypot(at[0] - stop[0], at[1] - stop[1]), 1e-9, "the path passes through " + stop[0] + "," + stop[1]);
        }
        double[] start = tour.at(0);
        double[] lap = tour.at(tour.length());
        assertEquals(start[0], lap[0], 1e-9);
        assertEquals(start[1], lap[1], 1e-9);
        double chord = 0;
        for (int i = 0; i < STOPS.size(); i++) {
            double[] a = STOPS.get(i);
            double[] b = STOPS.get((i + 1) % STOPS.size());
            chord += Math.hypot(b[0] - a[0], b[1] - a[1]);
        }
        assertTrue(tour.length() >= chord && tour.length() < 1.5 * chord, "a curve through the stops, not a detour: " + tour.length() + " vs " + chord);
    }

    @Test
    void equalDistancesAlongThePathAreEqualStepsOnThePad() {
        Tour tour = new Tour(STOPS);
        double step = tour.length() / 600;
        double shortest = Double.MAX_VALUE;
        double longest = 0;
        double sharpestTurn = 0;
        for (int i = 0; i < 600; i++) {
            double[] a = tour.at(i * step);
            double[] b = tour.at((i + 1) * step);
            double[] c = tour.at((i + 2) * step);
            double moved = Math.hypot(b[0] - a[0], b[1] - a[1]);
            shortest = Math.min(shortest, moved);
            longest = Math.max(longest, moved);
            double turn = Math.abs(Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0]));
            sharpestTurn = Math.max(sharpestTurn, Math.min(turn, 2 * Math.PI - turn));
        }
        assertTrue(shortest > 0.97 * step && longest <= step * (1 + 1e-9), "constant speed: steps from " + shortest + " to " + longest + " for " + step);
        assertTrue(sharpestTurn < Math.toRadians(25), "smooth: no corner, the sharpest turn per step is " + Math.toDegrees(sharpestTurn) + " degrees");
    }

    @Test
    void fewOrRepeatedStopsStillMakeATour() {
        Tour none = new Tour(List.of());
        assertEquals(0, none.length());
        assertEquals(0, none.at(5)[0]);
        Tour one = new Tour(List.of(new double[] {2, 1}, new double[] {2, 1}));
        assertEquals(2, one.at(3)[0]);
        Tour two = new Tour(List.of(new double[] {0, 0}, new double[] {4, 0}));
        assertEquals(8, two.length(), 1e-6, "there and back");
    }

    @Test
    void theRoundTripVisitsEveryStopWithoutCrossingItself() {
        List<double[]> corners = List.of(new double[] {0, 0}, new double[] {1, 1}, new double[] {1, 0}, new double[] {0, 1});
        List<double[]> order = TourStops.roundTrip(corners);
        assertEquals(4, order.size());
        double length = 0;
        for (int i = 0; i < order.size(); i++) {
            double[] a = order.get(i);
            double[] b = order.get((i + 1) % order.size());
            length += Math.hypot(b[0] - a[0], b[1] - a[1]);
        }
        assertEquals(4, length, 1e-9, "round the square, not across it");
    }

    @Test
    void classStopsLieInTheMiddleOfTheirClassEvenWithStrayDots() {
        List<Double> us = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
            int label = i % 3;
            us.add(label * 5 + random.nextGaussian() * 0.2);
            vs.add(random.nextGaussian() * 0.2);
            labels.add(label);
        }
        for (int i = 0; i < 20; i++) { // strays of class 0, far away
            us.add(40.0);
            vs.add(40.0);
            labels.add(0);
        }
        Scatter scatter = new Scatter(us.stream().mapToDouble(Double::doubleValue).toArray(), vs.stream().mapToDouble(Double::doubleValue).toArray(),
                labels.stream().mapToInt(Integer::intValue).toArray());
        List<double[]> stops = TourStops.classMedians(scatter);
        assertEquals(3, stops.size());
        for (int c = 0; c < 3; c++) {
            assertEquals(c * 5, stops.get(c)[0], 0.15, "class " + c);
            assertEquals(0, stops.get(c)[1], 0.15, "class " + c);
        }
        List<double[]> groups = TourStops.groupCentres(scatter, 4, 7); // three blobs and the strays
        assertEquals(4, groups.size());
        for (int c = 0; c < 3; c++) {
            int blob = c;
            assertTrue(groups.stream().anyMatch(g -> Math.hypot(g[0] - blob * 5, g[1]) < 0.5), "a group at blob " + c);
        }
    }
}
