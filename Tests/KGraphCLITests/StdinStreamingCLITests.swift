import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph extract: JSON Lines read as it arrives")
struct StdinStreamingCLITests {
    func record(_ id: String, _ text: String) -> String { #"{"id": "\#(id)", "text": "\#(text)"}"# + "\n" }

    /// A graph line comes out while stdin is still open: the reader does not wait for the end.
    @Test func aGraphLineComesOutBeforeStdinIsClosed() throws {
        let p = Process()
        p.executableURL = CLIRunner.executable
        p.arguments = ["extract", "-", "--format", "jsonl", "--quiet"]
        let inp = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = inp
        p.standardOutput = out
        p.standardError = err
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        inp.fileHandleForWriting.write(Data(record("first", "Portugal rejected the proposal of Spain.").utf8))
        // Wait (up to a minute, for slow debug builds) for the first line, stdin left open.
        let lines = LineCollector(out.fileHandleForReading)
        let first = lines.next(timeout: 60)
        #expect(p.isRunning, "kgraph ended before stdin was closed")
        let line = try #require(first, "no graph line while stdin was open")
        #expect(line.contains(#"{"id": "first", "source": "-:1"}"#), "\(line)")
        #expect(line.contains(#""id": "portugal""#) && line.contains(#""type": "rejects""#), "\(line)")
        inp.fileHandleForWriting.write(Data(record("second", "Austria and Hungary held talks.").utf8))
        try inp.fileHandleForWriting.close()
        let second = try #require(lines.next(timeout: 60))
        #expect(second.contains(#"{"id": "second", "source": "-:2"}"#))
        #expect(lines.next(timeout: 60) == nil)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
    }

    /// Stdin read as it arrives gives what the same corpus read whole gives; records that carry
    /// their source (as `kgraph text --format jsonl` writes them) keep it.
    @Test func stdinGivesTheGraphsOfTheFileWhenRecordsCarryTheirSource() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let corpus = record("a", "Kenya rejected the plan of Uganda.") + #"{"title": "No id", "text": "Ghana and Togo held talks."}"# + "\n"
            + "\n" + #"{"id": "empty", "text": " "}"# + "\n" + record("c", "Peru supports the proposal of Chile.")
        try Data(corpus.utf8).write(to: dir.appending(path: "c.jsonl"))
        let text = try CLIRunner.run(["text", "c.jsonl", "--format", "jsonl"], in: dir)
        #expect(text.status == 0)
        let fromFile = try CLIRunner.run(["extract", "c.jsonl", "--merge"], in: dir)
        let fromStdin = try CLIRunner.run(["extract", "-", "--merge"], in: dir, stdin: text.stdout)
        #expect(fromFile.status == 0 && fromStdin.status == 0, "\(fromStdin.stderr)")
        #expect(fromStdin.stdout == fromFile.stdout)
        #expect(fromFile.stdoutText.contains(#"{"id": "line-2", "title": "No id", "source": "c.jsonl:2"}"#), "\(fromFile.stdoutText)")
        // The raw corpus on stdin is named "-" and skips the same record, warned of once.
        let raw = try CLIRunner.run(["extract", "-", "--format", "jsonl"], in: dir, stdin: Data(corpus.utf8))
        #expect(raw.stdoutText.split(separator: "\n").count == 3)
        #expect(raw.stderr.contains("kgraph extract: warning: -:4: skipped: "))
        #expect(raw.stderr.contains("kgraph extract: 4 articles: 3 extracted, 1 skipped ("), "\(raw.stderr)")
    }

    /// A first record whose `text` comes after 4 KB of other fields is still a record, and a
    /// stream of records with no text says which it passed over before failing.
    @Test func aLongFirstRecordIsARecordAndSkipsAreWarnedBeforeTheError() throws {
        let title = String(repeating: "Long title ", count: 500)
        let long = #"{"id": "long", "title": "\#(title)", "text": "Chile rejected the proposal of Peru."}"# + "\n"
        let r = try CLIRunner.run(["extract", "-", "--format", "jsonl"], stdin: Data(long.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        // Read as a record (id "long", source line 1), not as one plain-text article "stdin".
        #expect(r.stdoutText.contains(#""articles": [{"id": "long", "title": "Long title"#), "\(r.stdoutText.prefix(200))")
        #expect(r.stdoutText.contains(#""source": "-:1"}]"#) && r.stdoutText.contains(#""type": "rejects""#))
        let empty = try CLIRunner.run(["extract", "-", "--merge"], stdin: Data((#"{"id": "e", "text": " "}"# + "\n").utf8))
        #expect(empty.status == 2)
        #expect(empty.stderr.split(separator: "\n") == ["kgraph extract: warning: -:1: skipped: no article text left (empty, or only page furniture)",
                                                      "kgraph extract: -: no article text found"], "\(empty.stderr)")
    }

    /// Inputs of every kind keep their order, and a bad record ends the run with its line.
    @Test func mixedInputsKeepTheirOrderAndABadLineIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data("Egypt rejected the proposal from Sudan.".utf8).write(to: dir.appending(path: "one.txt"))
        try Data((record("j1", "Iran and Iraq held talks.") + record("j2", "Qatar supports the plan of Oman.")).utf8)
            .write(to: dir.appending(path: "c.jsonl"))
        let r = try CLIRunner.run(["extract", "one.txt", "c.jsonl", "-", "--format", "jsonl"], in: dir,
                                  stdin: Data(record("s1", "Chad rejected the offer of Niger.").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let ids = r.stdoutText.split(separator: "\n").map { line -> String in
            let start = line.range(of: #""articles": [{"id": ""#)!.upperBound
            return String(line[start...].prefix { $0 != "\"" })
        }
        #expect(ids == ["one", "j1", "j2", "s1"])
        let bad = try CLIRunner.run(["extract", "-", "--merge", "-o", "all.json"], in: dir,
                                    stdin: Data((record("ok", "Mali and Niger held talks.") + "{\"id\": \"x\", \"text\": }\n").utf8))
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("kgraph extract: -:2: ") && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "all.json").path))
    }
}

/// Collects the lines a child writes, on a thread of its own, for waiting with a timeout.
final class LineCollector: @unchecked Sendable {
    private let lock = NSCondition()
    private var lines: [String] = []
    private var ended = false

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                lock.lock()
                if chunk.isEmpty {
                    if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
                    ended = true
                    lock.broadcast(); lock.unlock()
                    return
                }
                pending.append(chunk)
                while let nl = pending.firstIndex(of: 0x0A) {
                    lines.append(String(decoding: pending[pending.startIndex..<nl], as: UTF8.self))
                    pending = Data(pending[(nl + 1)...])
                }
                lock.broadcast(); lock.unlock()
            }
        }
    }

    /// The next line, nil at the end or after `timeout` seconds without one.
    func next(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock(); defer { lock.unlock() }
        while lines.isEmpty && !ended {
            if !lock.wait(until: deadline) { return nil }
        }
        return lines.isEmpty ? nil : lines.removeFirst()
    }
}
