package org.latentexplorer.train;

import org.latentexplorer.model.ClassifierConfig;

/** Everything one classifier run needs. */
public record ClassifierPlan(ClassifierConfig config, ImageSource source, RunSettings run) {
}
