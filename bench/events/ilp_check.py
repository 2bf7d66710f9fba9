"""Outside check of the scheduler's figures: the exact optimum of exported brokerage days.

Solves the integer program (and its LP relaxation) of each instance with HiGHS through SciPy:
x[e, s] in {0, 1} for every meeting e and every slot s both participants are available in (with a
usable table); each meeting at most once; each participant at most once per slot; each slot at most
as many meetings as usable tables; maximise the meetings placed. Pins are ignored (the benchmark has
none). Not a project dependency: needs Python 3 with SciPy >= 1.9.

Usage: node bench/events/run.mjs --export=/tmp/events && python3 bench/events/ilp_check.py /tmp/events/*.json
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def solve(path, time_limit=120.0):
    instance = json.load(open(path))
    slots = [s["id"] for s in instance["slots"]]
    capacity = {s: sum(1 for t in instance["tables"] if s not in (t.get("unavailableSlotIds") or [])) for s in slots}
    available = {p["id"]: set(p["availableSlotIds"]) if p.get("availableSlotIds") is not None else set(slots) for p in instance["participants"]}
    variables = []
    for index, meeting in enumerate(instance["meetings"]):
        a, b = meeting["participantIds"]
        if a == b or a not in available or b not in available:
            continue
        variables += [(index, a, b, s) for s in slots if s in available[a] and s in available[b] and capacity[s] > 0]
    rows, cols, keys = [], [], {}
    for j, (index, a, b, s) in enumerate(variables):
        for key in (("meeting", index), ("participant", a, s), ("participant", b, s), ("slot", s)):
            rows.append(keys.setdefault(key, len(keys)))
            cols.append(j)
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(variables))).tocsr()
    upper = np.array([capacity[key[1]] if key[0] == "slot" else 1 for key in sorted(keys, key=keys.get)], dtype=float)
    constraint = LinearConstraint(matrix, -np.inf, upper)
    objective = -np.ones(len(variables))
    lp = milp(objective, constraints=constraint, bounds=Bounds(0, 1), integrality=np.zeros(len(variables)))
    started = time.time()
    ip = milp(objective, constraints=constraint, bounds=Bounds(0, 1), integrality=np.ones(len(variables)), options={"time_limit": time_limit})
    optimum = round(-ip.fun) if ip.x is not None else None
    proven = ip.status == 0
    print(f"{path}: LP relaxation {-lp.fun:.2f}, integer optimum {optimum}{'' if proven else ' (time limit: best found)'} in {time.time() - started:.1f} s")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        solve(path)
