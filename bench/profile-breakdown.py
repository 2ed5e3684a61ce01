#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, by the library that did the work.

Usage: bench/profile-breakdown.py [--cpu-ms MS] [--top N] RECORDING.jfr [RECORDING.jfr ...]

Reads the jdk.ExecutionSample events (jfr print --stack-depth 200) of each recording and charges
every sample to the library of its topmost frame that is not the JDK's own (java.*, jdk.*, sun.*):
a HashMap lookup made by graphql-java is graphql-java's work, a String built by Hibernate is
Hibernate's. Prints one markdown table with a column per recording: the share of samples of each
library and, given --cpu-ms (the server CPU per request of each recording, comma-separated, in the
order of the recordings), the milliseconds per request that share stands for. --top N also lists the
N hottest frames of the service's own code and of each library's entry point. --inclusive PREFIX
(repeatable) lists, per recording, the methods whose class starts with PREFIX by the share of samples
that have them anywhere on the stack (their own work and all they call), the --inclusive-top largest
(default 25).
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

LIBRARIES = [
    ("org.postgresql.", "pgjdbc (the PostgreSQL driver)"),
    ("org.hibernate.", "Hibernate ORM"),
    ("io.agroal.", "Agroal (the connection pool)"),
    ("io.quarkus.hibernate.", "Hibernate ORM"),
    ("io.quarkus.narayana.", "transactions (Narayana)"),
    ("com.arjuna.", "transactions (Narayana)"),
    ("graphql.", "graphql-java"),
    ("org.dataloader.", "graphql-java (DataLoader)"),
    ("io.smallrye.graphql.", "SmallRye GraphQL"),
    ("io.quarkus.smallrye.graphql.", "SmallRye GraphQL"),
    ("org.eclipse.parsson.", "JSON (Parsson, JSON-B)"),
    ("org.eclipse.yasson.", "JSON (Parsson, JSON-B)"),
    ("jakarta.json.", "JSON (Parsson, JSON-B)"),
    ("com.fasterxml.", "JSON (Jackson)"),
    ("io.netty.", "Vert.x and Netty (HTTP)"),
    ("io.vertx.", "Vert.x and Netty (HTTP)"),
    ("io.quarkus.vertx.", "Vert.x and Netty (HTTP)"),
    ("io.quarkus.arc.", "ArC (CDI: proxies, request context)"),
    ("io.smallrye.context.", "ArC (CDI: proxies, request context)"),
    ("io.quarkus.security.", "security (identity, OIDC)"),
    ("io.quarkus.oidc.", "security (identity, OIDC)"),
    ("io.micrometer.", "metrics (Micrometer)"),
    ("org.jboss.logging.", "logging"),
    ("org.jboss.logmanager.", "logging"),
    ("io.smallrye.mutiny.", "Mutiny"),
    ("org.campuscareers.", "the service's own code"),
]
JDK = ("java.", "jdk.", "sun.", "javax.")
FRAME = re.compile(r"^\s+([\w$.]+)\.([\w$<>]+)\(")


def jfr_tool():
    java_home = os.environ.get("JAVA_HOME")
    if java_home and os.path.exists(os.path.join(java_home, "bin", "jfr")):
        return os.path.join(java_home, "bin", "jfr")
    for candidate in ["/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr", shutil.which("jfr")]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("no jfr tool: set JAVA_HOME to a JDK")


def library_of(frame_class):
    for prefix, name in LIBRARIES:
        if frame_class.startswith(prefix):
            return name
    return "other: " + ".".join(frame_class.split(".")[:2])


def samples(recording):
    """Yields each sample's frames, topmost first, as (class, method)."""
    text = subprocess.run(
        [jfr_tool(), "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", recording],
        check=True, capture_output=True, text=True).stdout
    frames = None
    for line in text.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            if frames:
                yield frames
            frames = []
        elif frames is not None:
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if frames:
        yield frames


def breakdown(recording):
    by_library = collections.Counter()
    hottest = collections.Counter()
    inclusive = collections.Counter()
    total = 0
    for frames in samples(recording):
        total += 1
        for method in {f"{c}.{m}" for c, m in frames}:
            inclusive[method] += 1
        owner = next((f for f in frames if not f[0].startswith(JDK)), None)
        if owner is None:
            by_library["the JDK alone (GC, compiler, idle threads' Java frames)"] += 1
            continue
        by_library[library_of(owner[0])] += 1
        hottest[f"{owner[0]}.{owner[1]}"] += 1
    return total, by_library, hottest, inclusive


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cpu-ms", help="server CPU ms per request of each recording, comma-separated")
    parser.add_argument("--top", type=int, default=0, help="also list the N hottest owning frames")
    parser.add_argument("--inclusive", action="append", default=[],
                        help="list methods of classes starting with this prefix by inclusive share (repeatable)")
    parser.add_argument("--inclusive-top", type=int, default=25, help="how many methods --inclusive lists")
    parser.add_argument("--names", help="column names, comma-separated (default: the file names)")
    parser.add_argument("recordings", nargs="+")
    args = parser.parse_args()
    cpu = [float(v) for v in args.cpu_ms.split(",")] if args.cpu_ms else None
    names = args.names.split(",") if args.names else [os.path.basename(r) for r in args.recordings]
    results = [breakdown(r) for r in args.recordings]
    libraries = collections.Counter()
    for total, by_library, _, _ in results:
        for library, count in by_library.items():
            libraries[library] += count / max(total, 1)
    header = "| library (the topmost frame outside the JDK) | " + " | ".join(names) + " |"
    print(header)
    print("|---" * (len(names) + 1) + "|")
    for library, _ in libraries.most_common():
        cells = []
        for i, (total, by_library, _, _) in enumerate(results):
            share = by_library[library] / max(total, 1)
            cells.append(f"{share * 100:.1f}%" + (f" ({share * cpu[i]:.2f} ms)" if cpu else ""))
        print(f"| {library} | " + " | ".join(cells) + " |")
    print("| samples | " + " | ".join(str(total) for total, _, _, _ in results) + " |")
    if args.top:
        for name, (total, _, hottest, _) in zip(names, results):
            print(f"\nHottest owning frames, {name}:")
            for frame, count in hottest.most_common(args.top):
                print(f"  {count * 100 / max(total, 1):5.1f}%  {frame}")
    if args.inclusive:
        for name, (total, _, _, inclusive) in zip(names, results):
            print(f"\nInclusive share (on the stack at all), {name}, classes starting with {', '.join(args.inclusive)}:")
            chosen = [(m, c) for m, c in inclusive.most_common() if m.startswith(tuple(args.inclusive))]
            for method, count in chosen[: args.inclusive_top]:
                print(f"  {count * 100 / max(total, 1):5.1f}%  {method}")


if __name__ == "__main__":
    main()
