"""The classifier: taxonomy, seed data, the transformer encoder, the trained head, other
backends, explanations and evaluation. torch and transformers load only when a model is
first used, never at import."""
