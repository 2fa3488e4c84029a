import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a long command on stderr, and its one-line summary.
///
/// Progress ("120/1777 articles, 1.9 MB/s, 14 s left") is shown only when stderr is a terminal,
/// redrawn in place at most five times a second and erased at the end. The summary line is
/// printed on every run. `quiet` turns both off.
final class Progress {
    private let command: String
    private let total: Int?
    private let totalBytes: Int?
    private let quiet: Bool
    private let live: Bool
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var done = 0
    private var bytes = 0
    private var drawn = false

    /// `total` articles of `totalBytes` bytes; either may be unknown (nil) when the input
    /// is read as it arrives.
    init(command: String, total: Int?, totalBytes: Int?, quiet: Bool) {
        self.command = command
        self.total = total
        self.totalBytes = totalBytes
        self.quiet = quiet
        live = !quiet && isatty(STDERR_FILENO) == 1 && (total ?? 2) > 1
    }

    /// One more article done, of `size` bytes of text.
    func advance(bytes size: Int) {
        advance(to: bytes + size)
    }

    /// One more article done, `position` bytes into the input.
    func advance(to position: Int) {
        done += 1
        bytes = position
        guard live else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / elapsed
        var line = "kgraph \(command): \(done)\(total.map { "/\($0)" } ?? "") articles, \(String(format: "%.1f", rate / 1_000_000)) MB/s"
        if let totalBytes, rate > 0 { line += ", \(Int((Double(max(totalBytes - bytes, 0)) / rate).rounded())) s left" }
        write("\r" + line + "\u{1B}[K")
        drawn = true
    }

    /// Erases the progress line, then prints `summary` unless quiet.
    func finish(_ summary: String) {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
        guard !quiet else { return }
        write("kgraph \(command): \(summary)\n")
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
