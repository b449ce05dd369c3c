"""A writer process for the concurrency and crash tests: allocates order lines of one unit
and prints one JSON line per answer the bus gave, flushed as soon as it is acknowledged.

Usage: python allocation_worker.py DB_URL WORKER_ID LINES SKU
"""

import json
import sys
import time

from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain.commands import Allocate


def main() -> None:
    db_url, worker, lines, sku = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    started = time.perf_counter()
    for number in range(lines):
        orderid = f"{worker}-{number}"
        try:
            [batchref] = bus.handle(Allocate(orderid, sku, 1))
            answer = {"orderid": orderid, "batchref": batchref}
        except Exception as error:  # reported to the test, which fails on any
            answer = {"orderid": orderid, "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)
    elapsed = time.perf_counter() - started
    print(json.dumps({"done": lines, "seconds": elapsed, "retries": bus.retries}), flush=True)


if __name__ == "__main__":
    main()
