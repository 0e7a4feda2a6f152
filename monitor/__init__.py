"""Pushback Monitor: the engine (feeds, store, classifier, briefs). Never imports Qt."""

__version__ = "0.1.0"
