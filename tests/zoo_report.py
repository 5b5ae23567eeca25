"""Print the theme zoo's table: `uv run python -m tests.zoo_report [CASE ...]`.

Each case (theme-mode[-configuration], ids as in tests/test_zoo.py) is crawled by the
real CLI against the test WordPress, or read from a test run's results with
`--results DIR` (pytest's base temporary directory, e.g. /tmp/pytest-of-$USER/pytest-N).
Columns: the crawl's exit code and run status; recall (expected articles archived /
expected); leaks (other posts archived); hidden posts archived; per field, the archived
articles whose value equals WordPress's; texts with boilerplate; paragraphs lost; requests.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from tests.wordpress import WordPress, missing_requirements
from tests.wordpress.zoo import CASES, Case, crawl_case, details, shortfalls, summary, table


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.zoo_report", description=__doc__)
    parser.add_argument("cases", nargs="*", help="case ids (default: all)")
    parser.add_argument("--results", type=Path, help="read a test run's crawls from here")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--details", action="store_true", help="print each wrong value")
    parser.add_argument(
        "--xfails", action="store_true", help="print test_zoo.XFAILS for what fails now"
    )
    args = parser.parse_args()
    cases = [c for c in CASES if not args.cases or c.id in args.cases]
    rows = []
    xfails = {}

    def add(case: Case, result: dict) -> None:
        rows.append(summary(case, result))
        xfails.update({(test, case.id): why for test, why in shortfalls(case, result).items()})
        if args.details:
            print("\n".join(details(case, result)), file=sys.stderr)

    if args.results:
        for case in cases:
            found = sorted(args.results.glob(f"**/zoo/{case.id}/result.json"))
            if found:
                add(case, json.loads(found[-1].read_text()))
    else:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        reason = missing_requirements()
        if reason:
            print(reason, file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="iria-zoo-") as root, WordPress(Path(root)) as wp:
            for case in cases:
                out = Path(root) / case.id
                out.mkdir()
                add(case, crawl_case(wp, case, out))
                print(table(rows).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(rows))
    if args.xfails:
        print("XFAILS: dict[tuple[str, str], str] = {")
        for key, reason in sorted(xfails.items()):
            print(f"    {key!r}: {reason!r},")
        print("}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
