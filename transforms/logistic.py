"""A fitted logistic regression as plain numbers: what the committed model files hold and the stages apply."""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class LogisticModel:
    """Coefficients over (x - mean) / scale of the named features, and the decision threshold."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, x: list[float]) -> float:
        terms = zip(self.coef, x, self.mean, self.scale, strict=True)
        z = self.intercept + sum(c * (v - m) / s for c, v, m, s in terms)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
