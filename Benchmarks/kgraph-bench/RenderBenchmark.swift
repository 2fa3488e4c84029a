import Foundation
import KGraphModel
import KGraphRender

/// `kgraph-bench render [--runs N] [--sizes 20,50,100] [--engine dot] [--profile N]`
///
/// Renders deterministic graphs to SVG in-process and, in the same run, the same graphs
/// (written as DOT by the renderer) with `dot -Tsvg`, and prints both times and the ratio;
/// the last line is the headline: the analyst view of the 20-node article-like graph.
/// Every iteration starts from the diagram (in-process) or the DOT file (dot): nothing is
/// reused between iterations but the long-lived Graphviz context. `dot` is started with
/// posix_spawn and waited for with waitpid, the cheapest way to run it, so its time is the
/// command's own. The sides alternate in blocks of ten runs, so a change in the
/// machine's load hits both alike while each side runs as it would when rendering several
/// graphs in a row. Graphviz's own SVG device, run in-process, is timed too (the renderer
/// writes SVG itself).
///
/// `--profile N` only renders the article-like graphs N times in-process, for a profiler
/// (`perf record`); with `KGRAPH_BENCH_OUT=dir` it also writes their SVG and DOT there.
func renderBenchmark(_ args: [String]) async {
    guard let options = RenderBenchOptions(args) else { return }
    let (sizes, engine) = (options.sizes, options.engine)
    if options.profileRuns > 0 {
        profileRenders(sizes: sizes, engine: engine, runs: options.profileRuns)
        return
    }
    guard let dot = findExecutable("dot") else {
        print("render benchmark: the dot command is not on PATH; nothing to compare with")
        return
    }
    let runs = (options.runs + blockSize - 1) / blockSize * blockSize
    print("render benchmark: \(runs) renders per size, engine \(engine.rawValue), SVG, against \(dot) -K\(engine.rawValue) -Tsvg")
    print("  (dot gets the renderer's own canonical DOT of the diagram, started with posix_spawn; medians of \(runs) runs,")
    print("   the sides alternating in blocks of \(blockSize))")
    var headline: String?
    for size in sizes {
        // An article-like graph (hubs with typed spokes, about 1.2 labelled edges per node,
        // evidence tooltips) and a denser random one (1.5 edges per node, long edges).
        let shapes = [("article-like", articleGraph(nodes: size)), ("dense random", benchmarkGraph(nodes: size))]
        for (shape, graph) in shapes {
            let view = Diagram(graph: graph, title: "Benchmark graph, \(size) nodes")
            // The same nodes and edges without edge labels and legend.
            var plain = view
            plain.legend = []
            for i in plain.edges.indices { plain.edges[i].attributes["xlabel"] = nil }
            for (name, diagram) in [("analyst view", view), ("plain", plain)] {
                do {
                    let ratio = try compare("\(shape), \(name)", size, diagram, engine, runs, dot)
                    if size == 20 && shape == "article-like" && name == "analyst view" {
                        headline = String(format: "headline: 20-node article-like graph, analyst view: in-process is %.1fx faster than dot -Tsvg", ratio)
                    }
                } catch {
                    print("render benchmark: \(size) nodes (\(shape), \(name)) failed: \(error)")
                }
            }
        }
    }
    if let headline { print(headline) }
}

/// The options of `kgraph-bench render`; nil (after printing the usage) on an unknown one.
private struct RenderBenchOptions {
    var runs = 60
    var sizes = [20, 50, 100]
    var engine = LayoutEngine.dot
    var profileRuns = 0

    init?(_ args: [String]) {
        var i = 0
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--runs": runs = max(1, Int(value) ?? runs); i += 1
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }; i += 1
            case "--engine": engine = LayoutEngine(rawValue: value) ?? engine; i += 1
            case "--profile": profileRuns = max(1, Int(value) ?? 1); i += 1
            default:
                print("usage: kgraph-bench render [--runs N] [--sizes 20,50,100] [--engine dot|neato|fdp|sfdp|circo|twopi] [--profile N]")
                print("  --runs N     renders per side and size (default 60, rounded up to a multiple of 10)")
                return nil
            }
            i += 1
        }
    }
}

/// In-process renders only, for a profiler (valgrind, perf): no child processes.
private func profileRenders(sizes: [Int], engine: LayoutEngine, runs: Int) {
    for size in sizes {
        let view = Diagram(graph: articleGraph(nodes: size), title: "Benchmark graph, \(size) nodes")
        for _ in 0..<runs { _ = try? Renderer.shared.render(view, format: .svg, engine: engine) }
        if let dir = ProcessInfo.processInfo.environment["KGRAPH_BENCH_OUT"], let svg = try? Renderer.shared.render(view, format: .svg, engine: engine) {
            try? Data(svg).write(to: URL(fileURLWithPath: "\(dir)/bench-\(size).svg"))
            try? Data(Renderer.shared.render(view, format: .dot, engine: engine)).write(to: URL(fileURLWithPath: "\(dir)/bench-\(size).gv"))
        }
    }
}

/// Times `runs` in-process SVG renders against `runs` runs of `dot` on the renderer's DOT for
/// the same diagram (nothing is reused between iterations), prints both, returns the ratio.
private func compare(_ name: String, _ size: Int, _ diagram: Diagram, _ engine: LayoutEngine, _ runs: Int, _ dot: String) throws -> Double {
    // Warm-up of both sides (code paged in, lazy symbols bound, page cache): steady state is measured.
    let svg = try Renderer.shared.render(diagram, format: .svg, engine: engine)
    for _ in 0..<blockSize { _ = try Renderer.shared.render(diagram, format: .svg, engine: engine) }
    let dotFile = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-bench-\(size)-\(getpid()).gv")
    defer { try? FileManager.default.removeItem(at: dotFile) }
    try Data(try Renderer.shared.render(diagram, format: .dot, engine: engine)).write(to: dotFile)
    let arguments = ["-K\(engine.rawValue)", "-Tsvg", dotFile.path, "-o", "/dev/null"]
    for _ in 0..<3 { try runProcess(dot, arguments) }
    let device = { _ = try Renderer.shared.render(diagram, device: "svg", engine: engine.rawValue, cairo: false) }
    try device()
    let times = try measure(runs, [
        { _ = try Renderer.shared.render(diagram, format: .svg, engine: engine) },
        device,
        { try runProcess(dot, arguments) },
    ])
    let (inProcess, graphvizDevice, external) = (times[0], times[1], times[2])

    print(String(format: "%4d nodes, %3d edges, %@: in-process median %.2f ms (mean %.2f, %d SVG bytes), dot -Tsvg median %.2f ms (mean %.2f)",
                 size, diagram.edges.count, name, inProcess.median * 1000, inProcess.mean * 1000, svg.count,
                 external.median * 1000, external.mean * 1000))
    print(String(format: "      in-process is %.1fx faster than dot -Tsvg (in-process with Graphviz's own SVG device: %.2f ms, %.1fx)",
                 external.median / inProcess.median, graphvizDevice.median * 1000, external.median / graphvizDevice.median))
    return external.median / inProcess.median
}

/// A graph shaped like one extracted from a news article: three central countries with typed
/// relations between them, every other entity tied to one of them by the relation its type
/// suggests (a person leads, a country partners with or is in tension with, a country is a
/// member of an alliance, upholds a principle, ...), every fourth one to a second hub too;
/// each edge carries one to three evidence sentences. About 1.2 edges per node; the same every
/// time.
func articleGraph(nodes count: Int) -> KnowledgeGraph {
    var graph = KnowledgeGraph(title: "Benchmark")
    let types: [NodeType] = [.country, .person, .alliance, .organization, .principle, .region]
    func name(_ n: Int) -> String { "n\(n)" }
    func type(_ n: Int) -> NodeType { n < 3 ? .country : types[n % types.count] }
    for n in 0..<count {
        graph.add(Node(id: name(n), label: "Entity \(n) \(type(n).rawValue)", type: type(n)))
    }
    var sentence = 0
    func link(_ a: Int, _ b: Int, _ type: EdgeType) {
        let evidence = (0...(sentence % 3)).map { k in
            Evidence(article: "bench", sentenceIndex: sentence + k,
                     sentence: "Officials said on Tuesday that entity \(a) and entity \(b) discussed the matter at length, sentence \(sentence + k) of the report.")
        }
        sentence += 1
        graph.add(Edge(source: name(a), target: name(b), type: type, evidence: evidence))
    }
    if count >= 3 {
        link(0, 1, .tensionWith)
        link(1, 2, .partnersWith)
        link(2, 0, .rejects)
    }
    for n in 3..<max(3, count) {
        let hub = n % 3
        switch type(n) {
        case .person: link(n, hub, n % 2 == 0 ? .leads : .serves)
        case .country: link(hub, n, n % 2 == 0 ? .partnersWith : .supports)
        case .alliance: link(hub, n, .memberOf)
        case .organization: link(n, hub, n % 2 == 0 ? .proposes : .counters)
        case .principle: link(hub, n, .upholds)
        case .region: link(hub, n, .tensionWith)
        }
        if n % 4 == 0 { link((hub + 1) % 3, n, type(n) == .person ? .rejects : .supports) }
    }
    return graph
}

/// A graph of `count` nodes of every type with about 1.5 typed edges per node, the same every
/// time (a fixed linear congruential sequence, no randomness from the system).
func benchmarkGraph(nodes count: Int) -> KnowledgeGraph {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    var graph = KnowledgeGraph(title: "Benchmark")
    let types = NodeType.allCases
    for n in 0..<count {
        graph.add(Node(id: "n\(n)", label: "Entity \(n) \(types[n % types.count].rawValue)", type: types[n % types.count]))
    }
    let edgeTypes = EdgeType.allCases
    for e in 0..<(count * 3 / 2) {
        let source = next(count)
        var target = next(count)
        if target == source { target = (target + 1) % count }
        graph.add(Edge(source: "n\(source)", target: "n\(target)", type: edgeTypes[e % edgeTypes.count],
                       evidence: [Evidence(article: "bench", sentenceIndex: e, sentence: "Sentence \(e) links \(source) and \(target).")]))
    }
    return graph
}

private struct Timing {
    var median: Double
    var mean: Double
}

/// Runs in blocks of a side at a time.
private let blockSize = 10

/// Times `runs` calls of each body, the bodies taking turns in blocks of ``blockSize``.
private func measure(_ runs: Int, _ bodies: [() throws -> Void]) throws -> [Timing] {
    let clock = ContinuousClock()
    var seconds = Array(repeating: [Double](), count: bodies.count)
    for _ in 0..<(runs / blockSize) {
        for (i, body) in bodies.enumerated() {
            for _ in 0..<blockSize {
                let start = clock.now
                try body()
                let d = clock.now - start
                seconds[i].append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
        }
    }
    return seconds.map { s in
        let sorted = s.sorted()
        return Timing(median: sorted[sorted.count / 2], mean: sorted.reduce(0, +) / Double(sorted.count))
    }
}

private struct ProcessFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs `path` with `arguments` (no shell, output to /dev/null) and waits for it.
private func runProcess(_ path: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard rc == 0 else { throw ProcessFailure(description: "\(path) could not be started (error \(rc))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    guard status == 0 else { throw ProcessFailure(description: "\(path) exited with status \(status)") }
}

private func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}
