"""The Qt-free domain: assessment model, storage, forms, rule engine."""
