"""Narrative spikes: days on which a series of flagged items (a category, in a country or
under a source tag) rises well above its own weekday-aware baseline: the method in
:mod:`monitor.spikes.detect` (numpy, imported only when counting), the types in
:mod:`monitor.spikes.model`, and the series of the stored items in
:mod:`monitor.spikes.narratives`."""
