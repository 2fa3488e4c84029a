import Foundation

/// Reads a file (or stdin) a line at a time in 1 MB chunks, so a JSON Lines input of any size
/// needs memory for one line only.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its `\n` (and `\r`), or nil at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[start..<nl]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                start = nl + 1
                return line
            }
            if done {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { done = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
