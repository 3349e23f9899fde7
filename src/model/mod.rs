//! The prediction engine: point-in-time features, field catalogue, training, evaluation, scoring, explanations and the model store.
