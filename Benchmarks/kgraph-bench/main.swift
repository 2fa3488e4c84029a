// kgraph-bench render ...   in-process Graphviz vs the `dot` command (RenderBenchmark.swift)
// kgraph-bench extract ...  extraction throughput in MB/s (ExtractBenchmark.swift)
let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "render": await renderBenchmark(Array(args.dropFirst()))
case "extract": await extractBenchmark(Array(args.dropFirst()))
default:
    print("usage: kgraph-bench render|extract [options]")
}
