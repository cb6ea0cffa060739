"""Hypothesis profiles of the fuzz tests: `ci` (the default, about a minute inside `make test`)
and `fuzz` (`make fuzz`: many more folders). HYPOTHESIS_PROFILE picks one."""

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                                          HealthCheck.function_scoped_fixture]}
settings.register_profile("ci", max_examples=4, **_COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
