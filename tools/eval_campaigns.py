"""Control changes, certainty, sides and advances on real campaigns, with the team's shared scorer.

Usage: python tools/eval_campaigns.py [--shared DIR] [--details] [--lang de|en]

Data: ../shared/eval/campaigns/{de,en}/ — dated real reports per offensive with a hand-made answer
key, and score.py (not part of the repository; the script says "skipped" and exits 0 when it is
absent). The scorer runs `python -m plugin.cli extract` on every campaign folder with this
interpreter and prints one table per language; --details lists every gold item and what matched
it. The columns are defined in score.py's docstring.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOALS = (
    "goals: control changes F1 >= 0.80, certainty >= 0.80, side >= 0.85, advances full >= 0.60,"
    " with destination >= 0.80, line precision >= 0.80"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--lang", choices=("de", "en"), action="append")
    args = parser.parse_args()
    campaigns = args.shared / "eval" / "campaigns"
    scorer = campaigns / "score.py"
    if not scorer.is_file():
        print(f"Campaigns: skipped ({campaigns} is not here)")
        return 0
    for lang in args.lang or ("de", "en"):
        print(f"\nCampaigns ({lang}): real reports on offensives, answer keys by hand\n")
        command = [sys.executable, str(scorer), "--run", sys.executable, str(campaigns / lang)]
        if args.details:
            command.append("--details")
        done = subprocess.run(command, cwd=ROOT, check=False)
        if done.returncode != 0:
            return done.returncode
    print(GOALS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
