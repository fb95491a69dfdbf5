"""verify-links throughput and fault handling against a loopback web of 100 slow hosts, with peers.

    python bench/links_bench.py [--links 2000] [--hosts 100] [--latency 0.1] [--concurrency 32]
                                [--runs 3] [--timeout 2] [--peers DIR] [--baseline DIR] [--floor]

The server plays ``--hosts`` sites (one port each on 127.0.0.1, so every tool sees distinct hosts
without DNS), answering every request after ``--latency`` seconds. The clean set is ``--links``
links spread evenly over the hosts; the ideal wall time is links * latency / concurrency. The fault
set has one link per fault (404, loop, hang, reset, endless body, 429 + Retry-After, soft 404, ...).

citecheck runs as the real CLI in a subprocess (start-up included) on a references file made with
bench/generate.py. Peers, when installed under --peers DIR (``npm install linkinator`` there and a
``lcvenv`` venv with ``pip install linkchecker``), crawl an index page listing the same links at the
same concurrency. Runs alternate tools; medians are reported. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
import generate

FAULT_TITLE = "An article about the entente between Russia and China"


def page_html(title: str) -> bytes:
    """An article page as news sites serve it: the work's title with the site's name, og:title too."""
    shown = html.escape(title)
    return (
        f'<html><head><title>{shown} | Bench News</title><meta property="og:title" content="{shown}">'
        f"</head><body><h1>{shown}</h1>" + "An article about ententes. " * 40 + "</body></html>"
    ).encode()


PAGE = page_html(FAULT_TITLE)
SOFT = b"<html><head><title>Not found</title></head><body>Sorry, this page does not exist.</body></html>"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # close idle keep-alive connections: crawlers that never reuse them would pile up threads

    def log_message(self, *args) -> None:
        pass

    def send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        time.sleep(self.server.latency)
        self.server.role(self)

    do_GET = do_HEAD


class Web(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: crawlers that open a connection per link need room

    def __init__(self, role, latency: float, stop: threading.Event, tls=None, titles=()):
        super().__init__(("127.0.0.1", 0), Handler)
        self.titles = titles  # the title page N shows (the clean set's references' own)
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.role, self.latency, self.stop_event = role, latency, stop
        self.rate_limited: set[str] = set()
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.5}, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]


def pages(h: Handler) -> None:
    if h.path.startswith("/page/") and h.path.rsplit("/", 1)[1].isdigit():
        h.send(200, page_html(h.server.titles[int(h.path.rsplit("/", 1)[1])]), {"Content-Type": "text/html"})
    else:
        h.send(404, b"not found")


def faults(h: Handler) -> None:
    path, server = h.path, h.server
    if path == "/ok":
        return h.send(200, PAGE)
    if path == "/drifted":  # the URL now shows another story
        return h.send(200, page_html("Biden and Xi meet in San Francisco"), {"Content-Type": "text/html"})
    if path == "/moved":
        return h.send(301, headers={"Location": "/ok"})
    if path in ("/loop-a", "/loop-b"):
        return h.send(302, headers={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
    if path == "/server-error":
        return h.send(500)
    if path == "/forbidden":
        return h.send(403)
    if path == "/cloudflare":
        return h.send(
            403, b"<title>Just a moment...</title>", {"cf-mitigated": "challenge", "Server": "cloudflare"}
        )
    if path == "/linkedin":
        return h.send(999)
    if path == "/head-405":
        return h.send(405) if h.command == "HEAD" else h.send(200, PAGE)
    if path == "/head-lies":
        return h.send(404) if h.command == "HEAD" else h.send(200, PAGE)
    if path == "/rate-limited":
        key = h.headers.get("User-Agent", "")
        if key not in server.rate_limited:
            server.rate_limited.add(key)
            return h.send(429, headers={"Retry-After": "1"})
        return h.send(200, PAGE)
    if path == "/hang":
        server.stop_event.wait(30)
        return None
    if path == "/reset":
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-")
        h.wfile.flush()
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()  # RST now, before socketserver's orderly shutdown could send a FIN
        h.close_connection = True
        return None
    if path == "/endless":
        return endless(h)
    return h.send(404, b"not found")


def endless(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    h.close_connection = True
    if h.command == "HEAD":
        return
    try:
        for _ in range(5000):  # 50 MB at most; every tool should stop long before
            h.wfile.write(b"<p>" + b"more " * 2000 + b"</p>")
    except OSError:
        pass


def soft_site(h: Handler) -> None:
    h.send(200, SOFT) if h.path != "/" else h.send(200, PAGE)


def home_site(h: Handler) -> None:
    h.send(200, PAGE) if h.path == "/" else h.send(301, headers={"Location": "/"})


def serve_hosts(count: int, latency: float, ports, titles) -> None:
    """Child process: ``count`` page servers (its own GIL, so the bench's threads do not slow it)."""
    stop = threading.Event()
    servers = [Web(pages, latency, stop, titles=titles) for _ in range(count)]
    ports.put([server.port for server in servers])
    stop.wait()


def start_hosts(count: int, latency: float, titles=()):
    import multiprocessing

    ports = multiprocessing.Queue()
    child = multiprocessing.Process(target=serve_hosts, args=(count, latency, ports, titles), daemon=True)
    child.start()
    return child, ports.get(timeout=30)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fault_cases(latency: float, stop: threading.Event) -> tuple[list[tuple[str, str]], list[Web]]:
    """``[(url, expected citecheck class)]`` and the servers playing them."""
    main, soft, home = (Web(role, latency, stop) for role in (faults, soft_site, home_site))
    base = f"http://127.0.0.1:{main.port}"
    cases = [
        (f"{base}/ok", "ok"),
        (f"{base}/drifted", "drifted"),
        (f"{base}/gone", "broken"),
        (f"{base}/moved", "redirected"),
        (f"{base}/loop-a", "broken"),
        (f"{base}/server-error", "server-error"),
        (f"{base}/forbidden", "blocked"),
        (f"{base}/cloudflare", "blocked"),
        (f"{base}/linkedin", "blocked"),
        (f"{base}/head-405", "ok"),
        (f"{base}/head-lies", "ok"),
        (f"{base}/rate-limited", "ok"),
        (f"{base}/hang", "timeout"),
        (f"{base}/reset", "connection-error"),
        (f"{base}/endless", "ok"),
        (f"http://127.0.0.1:{soft.port}/2019/01/entente", "soft-404"),
        (f"http://127.0.0.1:{home.port}/old-article", "soft-404"),
        (f"http://127.0.0.1:{closed_port()}/", "connection-error"),
    ]
    servers = [main, soft, home]
    tls = tls_context()
    if tls is not None:
        secure = Web(lambda h: h.send(200, PAGE), latency, stop, tls)
        servers.append(secure)
        cases.append((f"https://127.0.0.1:{secure.port}/", "tls-error"))
    return cases, servers


def tls_context():
    try:
        import ssl

        import trustme
    except ImportError:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    return context


# Peers give three verdicts: alive, dead, or "cannot tell" (linkinator SKIPPED). A peer is right on
# a case when its verdict matches the meaning of citecheck's class: blocked must not be called dead,
# soft-404 must not be called alive, redirected counts as alive.
MEANING = {"ok": "alive", "redirected": "alive", "blocked": "unknown"}


def meaning(expected: str) -> str:
    return MEANING.get(expected, "dead")


def clean_refs(count: int) -> list[dict]:
    return list(generate.references(count, seed=7))


def write_refs(urls: list[str], path: Path, refs: list[dict] | None = None, title: str | None = None) -> None:
    refs = refs or clean_refs(len(urls))
    for ref, url in zip(refs, urls):
        ref["URL"] = url
        if title is not None:
            ref["title"] = title
    with path.open("w", encoding="utf-8") as out:
        generate.write_yaml(refs, out)


def write_index(urls: list[str], folder: Path) -> None:
    links = "\n".join(f'<a href="{u}">{n}</a>' for n, u in enumerate(urls))
    (folder / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")


def serve_index(folder: Path, stop: threading.Event) -> Web:
    body = (folder / "index.html").read_bytes()
    return Web(lambda h: h.send(200, body, {"Content-Type": "text/html"}), 0.0, stop)


def timed(command: list[str], timeout: float = 600) -> tuple[float, str]:
    """Wall time and stdout; stdout goes to a file because Node cuts piped output at exit."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        start = time.perf_counter()
        done = subprocess.run(
            command, stdout=out, stderr=subprocess.PIPE, text=True, timeout=timeout, check=False
        )
        wall = time.perf_counter() - start
        out.seek(0)
        text = out.read()
    if not text.strip():
        raise SystemExit(f"{command[0]} printed nothing (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return wall, text


FAILURES: dict[str, Counter] = {}  # per tool: why clean links were not alive (peers)


def run_citecheck(refs: Path, args, *extra: str, python: str = sys.executable) -> tuple[float, dict[str, str]]:
    command = [
        python,
        "-m",
        "citecheck",
        "verify-links",
        "-f",
        str(refs),
        "--allow-private",
        "--no-cache",
        "--format",
        "json",
        "--concurrency",
        str(args.concurrency),
        "--timeout",
        str(args.timeout),
        *extra,
    ]
    wall, out = timed(command)
    return wall, {row["url"]: row["status"] for row in json.loads(out)}


# The floor: the same GETs from a bare threaded requests client (no classification, no references file),
# start-up included, so that citecheck's overhead can be read against a Python client in the same run.
BARE_CLIENT = """
import json, sys, threading, requests
urls, concurrency = sys.argv[1:-1], int(sys.argv[-1])
session = requests.Session()
session.mount("http://", requests.adapters.HTTPAdapter(pool_connections=100, pool_maxsize=4))
statuses, todo = {}, iter(urls)
lock = threading.Lock()
def work():
    while True:
        with lock:
            url = next(todo, None)
        if url is None:
            return
        with session.get(url, timeout=2, stream=True) as response:
            response.raw.read(65536)
            statuses[url] = "ok" if response.status_code == 200 else str(response.status_code)
threads = [threading.Thread(target=work) for _ in range(concurrency)]
[t.start() for t in threads]
[t.join() for t in threads]
print(json.dumps(statuses))
"""


def run_bare(urls: list[str], args) -> tuple[float, dict[str, str]]:
    wall, out = timed([sys.executable, "-c", BARE_CLIENT, *urls, str(args.concurrency)])
    return wall, json.loads(out)


def run_linkinator(peers: Path, index_url: str, args) -> tuple[float, dict[str, str]]:
    command = [
        str(peers / "node_modules/.bin/linkinator"),
        index_url,
        "--format",
        "json",
        "--concurrency",
        str(args.concurrency),
        "--timeout",
        str(int(args.timeout * 1000)),
        "--retry",
        "--verbosity",
        "info",  # else the JSON leaves out SKIPPED links
    ]
    wall, out = timed(command)
    verdict = {"OK": "alive", "BROKEN": "dead", "SKIPPED": "unknown"}
    links = json.loads(out)["links"]
    FAILURES.setdefault("linkinator", Counter()).update(
        f"{link['state']} status {link['status']}" for link in links if link["state"] != "OK"
    )
    return wall, {link["url"]: verdict[link["state"]] for link in links}


def run_linkchecker(peers: Path, index_url: str, args, folder: Path) -> tuple[float, dict[str, str]]:
    config = folder / "linkcheckerrc"
    config.write_text(
        f"[checking]\nthreads={args.concurrency}\ntimeout={int(args.timeout)}\n", encoding="utf-8"
    )
    command = [
        str(peers / "lcvenv/bin/linkchecker"),
        "-f",
        str(config),
        "--no-status",
        "--no-robots",
        "--check-extern",
        "-r",
        "1",
        "-v",
        "-o",
        "csv",
        index_url,
    ]
    wall, out = timed(command)
    rows = csv.DictReader(
        io.StringIO("\n".join(l for l in out.splitlines() if not l.startswith("#"))), delimiter=";"
    )
    rows = [row for row in rows if row.get("urlname")]  # the link as written (url is where it ended)
    FAILURES.setdefault("LinkChecker", Counter()).update(
        row["result"][:60] for row in rows if row["valid"] != "True"
    )
    return wall, {row["urlname"]: "alive" if row["valid"] == "True" else "dead" for row in rows}


def score(results: dict[str, str], cases: list[tuple[str, str]], exact: bool) -> tuple[int, list[str]]:
    wrong = []
    for url, expected in cases:
        got = results.get(url, "missing")
        if got != (expected if exact else meaning(expected)):
            wrong.append(f"{url.split('/', 3)[-1] or url}: {got}")
    return len(cases) - len(wrong), wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--settle", type=float, default=3.0, help="untimed pause between tool runs")
    parser.add_argument("--peers", type=Path, default=None, help="folder with node_modules/ and lcvenv/")
    parser.add_argument("--baseline", type=Path, default=None, help="a checkout with its own .venv to compare")
    parser.add_argument("--floor", action="store_true", help="also time a bare requests client (clean set only)")
    args = parser.parse_args()
    stop = threading.Event()
    refs = clean_refs(args.links)
    child, ports = start_hosts(args.hosts, args.latency, [str(ref.get("title", "")) for ref in refs])
    urls = [f"http://127.0.0.1:{ports[n % args.hosts]}/page/{n}" for n in range(args.links)]
    cases, servers = fault_cases(args.latency, stop)
    folder = Path(tempfile.mkdtemp(prefix="links-bench-"))
    (folder / "clean").mkdir()
    (folder / "faults").mkdir()
    write_refs(urls, folder / "clean.yaml", refs)
    write_refs([u for u, _ in cases], folder / "faults.yaml", title=FAULT_TITLE)
    write_index(urls, folder / "clean")
    write_index([u for u, _ in cases], folder / "faults")
    clean_index = f"http://127.0.0.1:{serve_index(folder / 'clean', stop).port}/"
    fault_index = f"http://127.0.0.1:{serve_index(folder / 'faults', stop).port}/"
    tools = {
        "citecheck": (
            lambda: run_citecheck(folder / "clean.yaml", args),
            lambda: run_citecheck(folder / "faults.yaml", args),
            True,
        ),
        "citecheck --no-soft-404": (
            lambda: run_citecheck(folder / "clean.yaml", args, "--no-soft-404"),
            lambda: run_citecheck(folder / "faults.yaml", args, "--no-soft-404"),
            True,
        ),
    }
    if args.baseline:  # another checkout's citecheck, e.g. the code before a change, in the same run
        python = str(args.baseline / ".venv/bin/python")
        tools["baseline citecheck"] = (
            lambda: run_citecheck(folder / "clean.yaml", args, python=python),
            lambda: run_citecheck(folder / "faults.yaml", args, python=python),
            True,
        )
    if args.floor:
        tools["bare requests client"] = (lambda: run_bare(urls, args), None, True)
    peers = args.peers
    if peers and (peers / "node_modules/.bin/linkinator").exists():
        tools["linkinator"] = (
            lambda: run_linkinator(peers, clean_index, args),
            lambda: run_linkinator(peers, fault_index, args),
            False,
        )
    if peers and (peers / "lcvenv/bin/linkchecker").exists():
        tools["LinkChecker"] = (
            lambda: run_linkchecker(peers, clean_index, args, folder),
            lambda: run_linkchecker(peers, fault_index, args, folder),
            False,
        )
    try:
        report(tools, urls, cases, args, servers[0])
    finally:
        stop.set()
        child.terminate()


def report(tools, urls, cases, args, fault_server: Web) -> None:
    ideal = args.links * args.latency / args.concurrency
    clean_walls = {name: [] for name in tools}
    fault_walls = {name: [] for name in tools}
    goods = {name: [] for name in tools}  # links reported alive, per run
    scores = {name: [] for name in tools}  # (right, wrong) on the fault set, per run
    for _ in range(args.runs):  # alternate the tools within each round
        for name, (clean, faulty, exact) in tools.items():
            time.sleep(args.settle)  # let the server drain what the previous tool left in flight
            wall, results = clean()
            expected = "ok" if exact else "alive"
            good = sum(1 for u in urls if results.get(u) == expected)
            clean_walls[name].append(wall)
            goods[name].append(good)
            if faulty is None:  # the floor: no fault set
                continue
            fault_server.rate_limited.clear()  # each tool's first request to /rate-limited gets the 429
            time.sleep(args.settle)
            wall, results = faulty()
            fault_walls[name].append(wall)
            scores[name].append(score(results, cases, exact))
    print(
        f"links: {args.links} over {args.hosts} hosts, latency {args.latency * 1000:.0f} ms, "
        f"concurrency {args.concurrency}, timeout {args.timeout:g} s, runs {args.runs} (medians)"
    )
    print(f"ideal clean wall: {ideal:.2f} s; target <= {1.15 * ideal:.2f} s")
    print(
        f"{'tool':<24} {'clean wall':>10} {'x ideal':>8} {'clean ok (worst run)':>20} {'fault wall':>10} "
        f"{'faults right (worst run)':>24}"
    )
    for name in tools:
        clean_median = statistics.median(clean_walls[name])
        good = min(goods[name])
        faults = "(no fault set)"
        wrong: list[str] = []
        if fault_walls[name]:
            right, wrong = min(scores[name], key=lambda run: run[0])
            faults = f"{statistics.median(fault_walls[name]):>9.2f}s {right:>18}/{len(cases)}"
        print(
            f"{name:<24} {clean_median:>9.2f}s {clean_median / ideal if ideal else 0:>8.2f} {good:>15}/{len(urls):<4}"
            f"{faults}"
        )
        for miss in wrong:
            print(f"    {name} wrong: {miss}")
    if "bare requests client" in tools:
        floor = statistics.median(clean_walls["bare requests client"])
        for name in tools:
            if name != "bare requests client":
                print(f"{name}: {statistics.median(clean_walls[name]) / floor:.3f}x the bare client's wall")
    for name, reasons in FAILURES.items():
        print(f"{name}: why links were not alive (all runs, clean and faults): {reasons.most_common(4)}")


if __name__ == "__main__":
    main()
