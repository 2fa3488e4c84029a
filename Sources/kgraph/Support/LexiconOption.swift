import ArgumentParser

/// `--lexicon FILE` (repeatable), for every command that reads articles: their entities,
/// aliases and verbs extend the bundled lexicon when articles are extracted on the fly.
struct LexiconOption: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Extra lexicon file (JSON or YAML) for extracting articles; repeatable.", valueName: "file"))
    var paths: [String] = []
}
