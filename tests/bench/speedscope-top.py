#!/usr/bin/env python3
"""Top functions of a dotnet-trace speedscope file (sampled profile), by self and inclusive time.

Usage: speedscope-top.py FILE.speedscope.json [N] [FILTER]
Only the busiest thread's profile is summarised; FILTER keeps frames whose name contains it.
"""
import json, sys
from collections import Counter

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
flt = sys.argv[3] if len(sys.argv) > 3 else None
data = json.load(open(path))
frames = [f["name"] for f in data["shared"]["frames"]]

def weight(p):
    return sum(p.get("weights", [])) if p["type"] == "sampled" else p["endValue"] - p["startValue"]

PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME")

def leaf(stack):
    """The innermost real frame (dotnet-trace adds CPU_TIME/UNMANAGED_CODE_TIME pseudo-frames at the leaf)."""
    suffix = ""
    i = len(stack) - 1
    while i > 0 and frames[stack[i]] in PSEUDO:
        suffix = suffix or (" [native]" if frames[stack[i]] == "UNMANAGED_CODE_TIME" else "")
        i -= 1
    return frames[stack[i]] + suffix

profile = max(data["profiles"], key=weight)
selfc, incl = Counter(), Counter()
total = 0.0
if profile["type"] == "sampled":
    for stack, w in zip(profile["samples"], profile["weights"]):
        total += w
        if stack:
            selfc[leaf(stack)] += w
        for f in set(stack):
            incl[frames[f]] += w
else:  # evented: open/close frames
    stack, last = [], profile["startValue"]
    for ev in profile["events"]:
        at = ev["at"]
        if stack:
            d = at - last
            total += d
            selfc[leaf(stack)] += d
            for f in set(stack):
                incl[frames[f]] += d
        last = at
        if ev["type"] == "O":
            stack.append(ev["frame"])
        else:
            stack.pop()

def show(title, c):
    print(f"== {title} (total {total:.0f} {profile.get('unit', '')}) ==")
    n = 0
    for name, w in c.most_common():
        if flt and flt not in name:
            continue
        print(f"{100 * w / total:6.1f}%  {name[:150]}")
        n += 1
        if n >= top:
            break

show("self", selfc)
show("inclusive", incl)
