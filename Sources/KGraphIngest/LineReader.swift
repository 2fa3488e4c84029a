import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or a pipe a line at a time, so a JSON Lines input of any size needs memory for
/// one line only. Each `read(2)` takes what is there (up to 64 KB): on a pipe a line is returned
/// as soon as it has arrived, not when a buffer fills or the writer closes.
public struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false
    /// Bytes handed out so far (lines with their line ends).
    public private(set) var consumed = 0

    /// Reads from `handle`, which must stay open while the reader is used.
    public init(handle: FileHandle) { self.handle = handle }

    /// The next line without its `\n` (and `\r`), or nil at the end.
    public mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[start..<nl]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                consumed += nl + 1 - start
                start = nl + 1
                return line
            }
            if done {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                consumed += buffer.count - start
                start = buffer.count
                return line
            }
            fill()
        }
    }

    /// Up to `limit` bytes of what ``next()`` reads next, waiting only until they include a
    /// line end (or the input ends); nothing is consumed.
    public mutating func peek(limit: Int) -> ArraySlice<UInt8> {
        while !done && buffer.count - start < limit && !buffer[start...].contains(UInt8(ascii: "\n")) { fill() }
        return buffer[start..<min(buffer.count, start + limit)]
    }

    /// Everything not yet handed out, read to the end of the input.
    public mutating func rest() -> [UInt8] {
        while !done { fill() }
        let out = Array(buffer[start...])
        consumed += out.count
        buffer = []
        start = 0
        return out
    }

    private mutating func fill() {
        if start > 0 { buffer.removeFirst(start); start = 0 }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let fd = handle.fileDescriptor
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { done = true } else { buffer.append(contentsOf: chunk[..<n]) }
            return
        }
    }
}
