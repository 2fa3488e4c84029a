import Foundation
import KGraphIngest
import KGraphModel

extension Extractor {
    /// Extracts articles as `next` delivers them (nil at the end), in parallel like
    /// ``extract(_:maxConcurrency:each:)``, handing each graph with its article to `each` in
    /// the order delivered, as soon as it and every one before it are done.
    ///
    /// `next` may block (reading a pipe, say): it runs on a thread of its own, one call at a
    /// time, while graphs already extracted are handed over, so an article that arrives alone
    /// comes out without waiting for the next. At most a few articles per core are read ahead,
    /// so memory stays bounded however many arrive. An error thrown by `next` ends the run
    /// (after the graphs of the articles before it) and is rethrown.
    public func extract(streaming next: @escaping @Sendable () throws -> Article?, maxConcurrency: Int? = nil,
                        each: (Int, Article, KnowledgeGraph) -> Void) async throws {
        let width = max(1, maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        let reader = DispatchQueue(label: "kgraph.extract.reader")
        @Sendable func read() async -> Event {
            await withCheckedContinuation { c in
                reader.async {
                    do { c.resume(returning: .read(try next())) } catch { c.resume(returning: .failed(error)) }
                }
            }
        }
        var waiting: [Int: (Article, KnowledgeGraph)] = [:]
        var handed = 0, started = 0
        var reading = false, ended = false
        var failure: Error?
        await withTaskGroup(of: Event.self) { group in
            group.addTask { await read() }
            reading = true
            while let event = await group.next() {
                switch event {
                case .read(let a?):
                    reading = false
                    let i = started
                    group.addTask { .done(i, a, self.extract(a)) }
                    started += 1
                case .read(nil):
                    reading = false
                    ended = true
                case .failed(let error):
                    reading = false
                    ended = true
                    failure = error
                case .done(let i, let a, let g):
                    waiting[i] = (a, g)
                    while let (a, g) = waiting.removeValue(forKey: handed) {
                        each(handed, a, g)
                        handed += 1
                    }
                }
                // Read on while fewer than `width` are being extracted and few wait their turn.
                let extracting = started - handed - waiting.count
                if !ended && !reading && extracting < width && started - handed < width * 8 {
                    group.addTask { await read() }
                    reading = true
                }
            }
        }
        if let failure { throw failure }
    }
}

/// What the streaming extraction's task group hears: an article read (nil at the end), a
/// failed read, or a graph done.
private enum Event: Sendable {
    case read(Article?)
    case failed(Error)
    case done(Int, Article, KnowledgeGraph)
}
