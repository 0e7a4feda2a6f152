"""What leaves the organisation, and what comes in from partners: signing keys
(:mod:`~monitor.sharing.keys`), signed bundles of findings (:mod:`~monitor.sharing.bundle`)
and pseudonyms for private persons (:mod:`~monitor.sharing.pseudonyms`)."""
