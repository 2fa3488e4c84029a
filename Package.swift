// swift-tools-version: 6.0
import PackageDescription

// Data flows top to bottom: an article is ingested, entities and relations are
// extracted into the graph model, which is rendered, diffed and reported on.
let package = Package(
    name: "kgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(
            name: "KGraph",
            targets: ["KGraphModel", "KGraphIngest", "KGraphExtract", "KGraphRender", "KGraphDiff", "KGraphExport", "KGraphReport"]
        ),
        .executable(name: "kgraph", targets: ["kgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Graphviz's C libraries (libcgraph + libgvc) from Debian's libgraphviz-dev.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Plain value types: nodes, edges, evidence, graphs, merging, JSON. No I/O.
        .target(name: "KGraphModel"),
        // Articles in: file formats, encodings, HTML, boilerplate removal, sentences.
        // Page furniture's words and phrases are data: Resources/furniture.json; the other
        // English words of the ingest rules (stop words, sentence boundaries): Resources/english.json.
        .target(name: "KGraphIngest", dependencies: ["KGraphModel"],
                resources: [.copy("Resources/furniture.json"), .copy("Resources/english.json")]),
        // Entities and relations from article text, driven by bundled lexicons and word lists.
        .target(
            name: "KGraphExtract",
            dependencies: ["KGraphModel", "KGraphIngest", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/Lexicon"), .copy("Resources/WordLists")]
        ),
        // The only module that touches Graphviz.
        .target(
            name: "KGraphRender",
            dependencies: ["KGraphModel", "CGraphviz"]
        ),
        // Semantic differences between graphs of articles.
        .target(name: "KGraphDiff", dependencies: ["KGraphModel", "KGraphRender"]),
        // Interchange formats: GraphML, GEXF, CSV, Neo4j import files, Cypher, Mermaid.
        // KGraphRender only for the Graphviz layout and palette a GEXF file carries.
        .target(name: "KGraphExport", dependencies: ["KGraphModel", "KGraphRender"]),
        // Self-contained HTML and Markdown reports that embed the diagrams.
        .target(name: "KGraphReport", dependencies: ["KGraphModel", "KGraphRender", "KGraphDiff", "KGraphExport"]),
        // The thin command-line tool on top.
        .executableTarget(
            name: "kgraph",
            dependencies: [
                "KGraphModel", "KGraphIngest", "KGraphExtract", "KGraphRender", "KGraphDiff", "KGraphExport", "KGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput benchmarks that print ratios against a peer measured in the same run.
        .executableTarget(
            name: "kgraph-bench",
            dependencies: ["KGraphModel", "KGraphIngest", "KGraphExtract", "KGraphRender"],
            path: "Benchmarks/kgraph-bench"
        ),
        // libFuzzer targets, one per parser (scripts/fuzz.sh TARGET SECONDS); a plain build
        // replays inputs through them.
        .executableTarget(
            name: "kgraph-fuzz",
            dependencies: ["KGraphModel", "KGraphIngest", "KGraphExtract", "KGraphRender", "KGraphDiff"],
            path: "Fuzz/kgraph-fuzz"
        ),
        // What the test targets share: locating ../shared and running the built kgraph.
        .target(name: "KGraphTestSupport", path: "Tests/KGraphTestSupport"),
        .testTarget(name: "KGraphModelTests", dependencies: ["KGraphModel", "KGraphTestSupport"]),
        .testTarget(name: "KGraphIngestTests", dependencies: ["KGraphIngest", "KGraphTestSupport"]),
        .testTarget(name: "KGraphExtractTests", dependencies: ["KGraphExtract", "KGraphIngest", "KGraphModel"]),
        .testTarget(name: "KGraphRenderTests", dependencies: ["KGraphRender", "KGraphModel", "KGraphTestSupport"]),
        .testTarget(name: "KGraphDiffTests", dependencies: ["KGraphDiff", "KGraphModel", "KGraphTestSupport"]),
        .testTarget(name: "KGraphExportTests", dependencies: ["KGraphExport", "KGraphModel"]),
        .testTarget(name: "KGraphReportTests", dependencies: ["KGraphReport", "KGraphExport", "KGraphModel", "KGraphTestSupport"]),
        .testTarget(name: "KGraphCLITests", dependencies: ["kgraph", "KGraphTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
