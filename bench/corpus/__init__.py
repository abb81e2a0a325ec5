"""Development corpus for the safety evaluation (assembled from registry packages at eval time)."""
