package org.latentexplorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Whether a user can get a node on screen: it lies inside the window, or inside a ScrollPane that can scroll to it. */
public final class Reach {
    private static final double SLACK = 1;

    private Reach() {
    }

    /** Null when {@code node} can be reached; else what is wrong. Call on the FX thread. */
    public static String problem(Node node, Scene scene) {
        if (node == null) {
            return "not in the window";
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return n + " is hidden";
            }
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getWidth() < 1 || bounds.getHeight() < 1) {
            return node + " has no size: " + bounds;
        }
        Node reached = node;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroller && scroller.getContent() != null) {
                Node content = scroller.getContent();
                Bounds inContent = content.sceneToLocal(bounds);
                Bounds all = content.getLayoutBounds();
                if (inContent.getMinX() < all.getMinX() - SLACK || inContent.getMaxX() > all.getMaxX() + SLACK
                        || inContent.getMinY() < all.getMinY() - SLACK || inContent.getMaxY() > all.getMaxY() + SLACK) {
                    return node + " sticks out of its scroll pane's content: " + inContent + " vs " + all;
                }
                Bounds viewport = scroller.getViewportBounds();
                if (all.getHeight() > viewport.getHeight() + SLACK && scroller.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
                    return node + " is in a scroll pane that cannot scroll down to it";
                }
                if (all.getWidth() > viewport.getWidth() + SLACK && scroller.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
                    return node + " is in a scroll pane that cannot scroll across to it";
                }
                reached = scroller;
                bounds = scroller.localToScene(scroller.getBoundsInLocal());
            }
        }
        if (bounds.getMinX() < -SLACK || bounds.getMinY() < -SLACK || bounds.getMaxX() > scene.getWidth() + SLACK
                || bounds.getMaxY() > scene.getHeight() + SLACK) {
            return reached + " lies outside the " + scene.getWidth() + "x" + scene.getHeight() + " window: " + bounds;
        }
        return null;
    }
}
