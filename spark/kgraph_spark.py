#!/usr/bin/env python3
"""kgraph on Apache Spark: extract a JSON Lines corpus on every partition, merge the graphs.

    spark-submit --master local[2] spark/kgraph_spark.py corpus.jsonl -o all.json

writes the same bytes as `kgraph extract corpus.jsonl --merge -o all.json`, however the corpus
is split. Each partition's records go through `kgraph extract - --merge` (kgraph reads JSON Lines
from stdin as it arrives), and the partitions' graphs are united pairwise by `kgraph merge` in
a tree (`treeReduce`): kgraph's merge gives the same bytes whatever the order and grouping of its
inputs, so the split and the pairing do not show in the result.

Each record gets the `id` and `source` that `kgraph extract corpus.jsonl` would give it (its
line number and the corpus name) when it has none of its own, since a partition's stdin knows
neither. The binary reaches the executors either at the same path on every machine
(`--kgraph`), or shipped by Spark from a tar.gz holding `kgraph` and its
`kgraph_KGraphIngest.resources` and `kgraph_KGraphExtract.resources` folders
(`--kgraph-archive`). See README, "Beyond one machine".
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading

ARCHIVE_LINK = "kgraph-dist"


def parse_args(argv):
    p = argparse.ArgumentParser(prog="kgraph_spark.py", description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", help="JSON Lines corpus (UTF-8), one {id, title, text} object a line")
    p.add_argument("-o", "--output", default="-", help="graph JSON to write (default: stdout)")
    p.add_argument("--name", help="the corpus name in article sources (default: CORPUS as given), "
                   "as `kgraph extract NAME` would write it")
    p.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    p.add_argument("--kgraph", default=".build/release/kgraph",
                   help="the kgraph binary, at this path on every machine")
    p.add_argument("--kgraph-archive", help="a .tar.gz with kgraph and its resources folder, shipped by Spark")
    p.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    p.add_argument("--lexicon", action="append", default=[], help="extra lexicon file, shipped by Spark (repeatable)")
    p.add_argument("--min-confidence", help="passed to kgraph extract")
    p.add_argument("--title", help="title of the merged graph")
    return p.parse_args(argv)


def usable(value):
    """Whether kgraph takes this JSON value as a record's id, source or url: a non-empty
    string, or a number (kept as written)."""
    if isinstance(value, bool):
        return False
    return (isinstance(value, str) and value != "") or isinstance(value, (int, float))


def tag_record(line, number, name):
    """The record of line `number` (from 1) as kgraph should read it from a pipe: with the id
    and source that reading the whole corpus would give it appended (a later key wins in
    kgraph), the record's own bytes otherwise untouched. None for a blank line."""
    if number == 1 and line.startswith("\ufeff"):
        line = line[1:]
    line = line.rstrip("\r")
    if line.strip(" \t") == "":
        return None
    try:
        record = json.loads(line)
    except ValueError as e:
        raise ValueError(f"{name}:{number}: {e}") from None
    # Checked here as kgraph checks a corpus file: on a pipe, a first line that is not a
    # record would make kgraph read the partition as one plain-text article.
    if not isinstance(record, dict):
        raise ValueError(f"{name}:{number}: expected a JSON object")
    text = record.get("text")
    if not (isinstance(text, str) or (isinstance(text, (int, float)) and not isinstance(text, bool))):
        raise ValueError(f'{name}:{number}: missing string field "text"')
    extra = {}
    if not usable(record.get("id")):
        extra["id"] = f"line-{number}"
    if not usable(record.get("source")) and not usable(record.get("url")):
        extra["source"] = f"{name}:{number}"
    if not extra:
        return line
    body = line.rstrip()[:-1].rstrip()
    added = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in extra.items())
    return body + ("" if body.endswith("{") else ", ") + added + "}"


def kgraph_binary(args):
    if args.kgraph_archive:
        from pyspark import SparkFiles
        binary = os.path.join(SparkFiles.get(ARCHIVE_LINK), "kgraph")
    else:
        binary = os.path.abspath(args.kgraph)
    if not os.access(binary, os.X_OK):
        raise RuntimeError(f"kgraph not found or not executable at {binary}")
    return binary


def extract_options(args):
    from pyspark import SparkFiles
    opts = []
    for lex in args.lexicon:
        opts += ["--lexicon", SparkFiles.get(os.path.basename(lex))]
    if args.min_confidence is not None:
        opts += ["--min-confidence", args.min_confidence]
    if args.title is not None:
        opts += ["--title", args.title]
    return opts


def extract_partition(args):
    """Runs `kgraph extract - --merge` over one partition's records, fed as they come; yields
    (records, skipped, graph JSON or None)."""
    def run(records):
        binary = kgraph_binary(args)
        proc = None
        fed = 0
        feeder = None
        for record in records:
            if proc is None:
                proc = subprocess.Popen([binary, "extract", "-", "--merge", "--quiet", "-o", "-"] + extract_options(args),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                # stdout and stderr are read on threads so a full pipe never stalls kgraph.
                out, err = [], []
                readers = [threading.Thread(target=lambda: out.append(proc.stdout.read())),
                           threading.Thread(target=lambda: err.append(proc.stderr.read()))]
                for t in readers:
                    t.start()
            fed += 1
            try:
                proc.stdin.write(record.encode("utf-8") + b"\n")
            except BrokenPipeError:
                break  # kgraph stopped at a bad record: its message follows
        if proc is None:
            return  # an empty partition
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        status = proc.wait()
        for t in readers:
            t.join()
        stderr = err[0].decode("utf-8", "replace")
        skipped = sum(1 for l in stderr.splitlines() if l.startswith("kgraph extract: warning: ") and ": skipped: " in l)
        if status == 0:
            yield (fed, skipped, out[0].decode("utf-8"))
        elif skipped == fed:
            yield (fed, skipped, None)  # every record of this partition was passed over
        else:
            raise RuntimeError(f"kgraph extract failed (status {status}): {stderr.strip()}")
    return run


def merge_pair(args):
    """Unites two graphs with `kgraph merge`."""
    def merge(a, b):
        binary = kgraph_binary(args)
        with tempfile.TemporaryDirectory(prefix="kgraph-spark-") as d:
            paths = []
            for i, g in enumerate((a, b)):
                paths.append(os.path.join(d, f"{i}.json"))
                with open(paths[-1], "w", encoding="utf-8") as f:
                    f.write(g)
            cmd = [binary, "merge"] + paths + (["--title", args.title] if args.title is not None else [])
            r = subprocess.run(cmd, capture_output=True)
            if r.returncode != 0:
                raise RuntimeError(f"kgraph merge failed: {r.stderr.decode('utf-8', 'replace').strip()}")
            return r.stdout.decode("utf-8")
    return merge


def write_output(path, text):
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".kgraph-spark-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv):
    args = parse_args(argv)
    from pyspark import SparkConf, SparkContext
    # No progress bar on the console: this job's stderr is its messages and kgraph's.
    conf = SparkConf().setAppName("kgraph").set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    try:
        if args.kgraph_archive:
            sc.addArchive(os.path.abspath(args.kgraph_archive) + "#" + ARCHIVE_LINK)
        for lex in args.lexicon:
            sc.addFile(os.path.abspath(lex))
        name = args.name or args.corpus
        lines = sc.textFile(args.corpus, args.partitions) if args.partitions else sc.textFile(args.corpus)
        records = (lines.zipWithIndex()
                   .map(lambda p: tag_record(p[0], p[1] + 1, name))
                   .filter(lambda r: r is not None))
        parts = records.mapPartitions(extract_partition(args)).cache()
        fed, skipped = parts.map(lambda p: (p[0], p[1])).fold((0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1]))
        if fed == skipped:
            raise SystemExit(f"kgraph-spark: {name}: no article text found")
        graphs = parts.map(lambda p: p[2]).filter(lambda g: g is not None)
        graph = graphs.treeReduce(merge_pair(args), depth=2)
        write_output(args.output, graph)
        print(f"kgraph-spark: {fed} articles: {fed - skipped} extracted, {skipped} skipped; "
              f"{lines.getNumPartitions()} partitions", file=sys.stderr)
    finally:
        sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
