import Foundation
import KGraphExtract
import KGraphIngest
import KGraphModel

/// kgraph-bench extract [CORPUS.jsonl] [--repeat N]
///
/// Throughput of ingestion, of ingestion + entity recognition and of the whole extractor on one
/// core (with the relation stage's own share), and of the whole extractor on all cores, in MB/s
/// of input and articles/s; CPU seconds of each best run, the process's max RSS, and a spaCy
/// pipeline's speed for scale.
func extractBenchmark(_ args: [String]) async {
    var path = "../shared/corpus/bulk/articles.jsonl"
    var repeats = 3
    var i = 0
    while i < args.count {
        if args[i] == "--repeat", i + 1 < args.count { repeats = max(1, Int(args[i + 1]) ?? 3); i += 2; continue }
        path = args[i]; i += 1
    }
    guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else {
        print("extract benchmark: cannot read \(path)")
        return
    }
    let bench = ExtractStages(path: path, mb: Double(size) / 1_000_000, repeats: repeats)
    let (ingestSeconds, articleCount) = bench.ingest()
    let entitySeconds = bench.entities()
    let wholeSeconds = bench.wholeExtractor(articles: articleCount)
    // Stage shares by difference of the best runs (each stage's own time, without the ones before it).
    bench.printRate("  entity recognition alone:  ", max(entitySeconds - ingestSeconds, 1e-9), articleCount)
    bench.printRate("  relations alone:           ", max(wholeSeconds - entitySeconds, 1e-9), articleCount)
    await bench.allCores(articles: articleCount)
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    print(String(format: "process: %.1f s CPU in all, max RSS %.0f MB", processCPUSeconds(), Double(usage.ru_maxrss) / 1024))
    // Issue 16: main at 1.4-1.7 MB/s per core was about 75 times a spaCy pipeline's speed.
    print("for scale: a spaCy pipeline (tokenizer, tagger, parser, NER) runs about 0.02 MB/s per core")
}

/// The stages of the extract benchmark over one corpus, each timed as its best of `repeats` runs.
private struct ExtractStages {
    let path: String
    /// The corpus's size in MB.
    let mb: Double
    let repeats: Int
    let recognizer: EntityRecognizer
    let extractor: Extractor

    init(path: String, mb: Double, repeats: Int) {
        self.path = path
        self.mb = mb
        self.repeats = repeats
        let lexicon = Lexicon()  // loaded before timing: it is shared by every run of a process
        recognizer = EntityRecognizer(lexicon: lexicon)
        extractor = Extractor(lexicon: lexicon)
    }

    /// The best thread CPU time of `repeats` runs of `body`. Single-core figures use the
    /// thread's CPU time, so other processes on a busy machine do not deflate them.
    func best(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = threadCPUSeconds()
            body()
            best = min(best, threadCPUSeconds() - start)
        }
        return best
    }

    func printRate(_ label: String, _ seconds: Double, _ articles: Int) {
        print(String(format: "%@%7.2f MB/s  %8.1f articles/s  %7.2f s CPU", label, mb / seconds, Double(articles) / seconds, seconds))
    }

    /// Reading and sentence splitting; returns the best time and the number of articles.
    func ingest() -> (Double, Int) {
        var articles = 0, sentences = 0
        let t = best {
            let read = readCorpus(path)
            articles = read.count
            sentences = read.reduce(0) { $0 + SentenceSplitter.split($1.text).count }
        }
        print(String(format: "ingest only, 1 core:         %7.2f MB/s  %8.1f articles/s  %7.2f s CPU  (%d sentences)",
                     mb / t, Double(articles) / t, t, sentences))
        return (t, articles)
    }

    /// Reading and entity recognition.
    func entities() -> Double {
        var articles = 0, mentions = 0
        let t = best {
            let read = readCorpus(path)
            articles = read.count
            mentions = 0
            for a in read { mentions += recognizer.analyze(a).mentions.reduce(0) { $0 + $1.count } }
        }
        print(String(format: "ingest + entities, 1 core:   %7.2f MB/s  %8.1f articles/s  %7.2f s CPU  (%d articles, %.1f MB, %d mentions)",
                     mb / t, Double(articles) / t, t, articles, mb, mentions))
        return t
    }

    /// Reading and the whole extractor on one core.
    func wholeExtractor(articles: Int) -> Double {
        var edges = 0
        let t = best {
            edges = 0
            for a in readCorpus(path) { edges += extractor.extract(a).edges.count }
        }
        print(String(format: "whole extractor, 1 core:     %7.2f MB/s  %8.1f articles/s  %7.2f s CPU  (%d edges)",
                     mb / t, Double(articles) / t, t, edges))
        return t
    }

    /// The whole extractor on all cores, in wall-clock time.
    func allCores(articles: Int) async {
        var best = Double.infinity
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = await extractor.extract(readCorpus(path))
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "whole extractor, %d cores:    %7.2f MB/s  %8.1f articles/s  (wall clock; 1-core figures are CPU time)",
                     cores, mb / best, Double(articles) / best))
    }
}

#if os(Linux)
private let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let rusageSelf = RUSAGE_SELF
#endif

/// CPU time of the whole process, all threads, user and system.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// CPU time consumed by the calling thread.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The corpus's articles through the ingestion reader (one per JSON Lines record).
private func readCorpus(_ path: String) -> [Article] {
    let articles = (try? ArticleReader.read(path: path)) ?? []
    // The interim reader reads a .jsonl file as one text; split it here so the numbers stay
    // comparable until the ingestion rewrite reads JSON Lines itself.
    guard articles.count == 1, path.hasSuffix(".jsonl"), let data = FileManager.default.contents(atPath: path) else { return articles }
    var out: [Article] = []
    for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
        guard let v = try? JSONValue.parse(line), let text = v["text"]?.stringValue else { continue }
        out.append(Article(id: v["id"]?.stringValue ?? "line-\(n + 1)", title: v["title"]?.stringValue, text: text))
    }
    return out
}
