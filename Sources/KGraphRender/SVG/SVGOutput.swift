import Foundation

/// The bytes of an SVG document being written: numbers in Graphviz's style (at most two
/// decimals, no trailing zeros) and XML-escaped text.
///
/// A document is thousands of small appends, so the bytes go into a buffer this type owns
/// rather than an `Array`, whose per-append bookkeeping cost more than the writing itself.
struct SVGOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var written = 0
    private var capacity: Int

    init(capacity: Int) {
        if let spare = BufferPool.take(capacity) {
            (base, self.capacity) = spare
        } else {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
        }
    }

    deinit { BufferPool.give(base, capacity) }

    /// What has been written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: written)) }

    /// How many bytes have been written.
    var count: Int { written }

    /// Appends bytes `range` of `other`.
    mutating func append(_ other: borrowing SVGOutput, _ range: Range<Int>) {
        append(UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if written + n > capacity { grow(to: written + n) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: written)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        reserve(1)
        base[written] = b
        written += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + written).update(from: source, count: bytes.count)
        written += bytes.count
    }

    mutating func raw(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Text that is already safe (ASCII names, colours checked by ``SVGPaint``).
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// `v` rounded to hundredths: `12`, `12.5`, `-0.25`.
    mutating func number(_ v: Double) {
        guard v.isFinite, abs(v) < 1e15 else { byte(UInt8(ascii: "0")); return }
        var hundredths = Int(abs(v) * 100 + 0.5)
        if v < 0 && hundredths != 0 { byte(UInt8(ascii: "-")) }
        let fraction = hundredths % 100
        hundredths /= 100
        integer(hundredths)
        if fraction != 0 {
            reserve(3)
            base[written] = UInt8(ascii: ".")
            base[written + 1] = UInt8(ascii: "0") + UInt8(fraction / 10)
            written += 2
            if fraction % 10 != 0 { base[written] = UInt8(ascii: "0") + UInt8(fraction % 10); written += 1 }
        }
    }

    /// A non-negative integer's digits, written in place from the last one.
    mutating func integer(_ n: Int) {
        var digits = 1, rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        reserve(digits)
        var value = n, i = written + digits - 1
        repeat {
            base[i] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
            i -= 1
        } while value > 0
        written += digits
    }

    /// `x,y`
    mutating func point(_ x: Double, _ y: Double) {
        number(x)
        byte(UInt8(ascii: ","))
        number(y)
    }

    /// `text` escaped for XML character data or a double-quoted attribute: the five specials
    /// as entities, characters XML cannot carry replaced by a space (as
    /// ``AttributeText/clean(_:)`` does). In attributes a newline is written `&#10;` so it
    /// survives attribute normalization; in text content a space after a space is a no-break
    /// space, so runs of spaces show. Runs of ordinary bytes are copied in one go.
    mutating func text(_ text: String, attribute: Bool) {
        var text = text
        (attribute ? Self.ordinaryInAttributes : Self.ordinary).withUnsafeBufferPointer { ordinary in text.withUTF8 { s in
            let n = s.count
            var i = 0, run = 0
            while i < n {
                let b = s[i]
                // Ordinary bytes (most of them) are skipped with one table lookup.
                if ordinary[Int(b)] {
                    i += 1
                    continue
                }
                let replacement: StaticString?
                var width = 1
                switch b {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x0A: replacement = attribute ? "&#10;" : nil
                case 0x09: replacement = attribute ? "&#9;" : nil
                case 0x0D:
                    // CRLF or CR: one newline.
                    if i + 1 < n && s[i + 1] == 0x0A { width = 2 }
                    replacement = attribute ? "&#10;" : "\n"
                case 0x20: replacement = !attribute && i > 0 && s[i - 1] == 0x20 ? "&#160;" : nil
                case 0x00...0x1F, 0x7F: replacement = " "
                case 0xC2 where i + 1 < n && (0x80...0x9F).contains(s[i + 1]):
                    replacement = " "; width = 2
                case 0xEF where i + 2 < n && s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF):
                    replacement = " "; width = 3
                default: replacement = nil
                }
                guard let replacement else { i += 1; continue }
                if i > run { append(UnsafeBufferPointer(rebasing: s[run..<i])) }
                raw(replacement)
                i += width
                run = i
            }
            if n > run { append(UnsafeBufferPointer(rebasing: s[run..<n])) }
        } }
    }

    /// Bytes copied as they are: printable ASCII but the XML specials, and UTF-8 bytes other
    /// than the lead bytes of C1 controls (0xC2) and of U+FFFE/U+FFFF (0xEF).
    /// In attribute values a space needs nothing either.
    private static let ordinaryInAttributes: [Bool] = (0...255).map { $0 == 0x20 || ordinary[$0] }

    private static let ordinary: [Bool] = (0...255).map { (b: Int) -> Bool in
        let special: Set<Int> = [0x7F, 0xC2, 0xEF, 0x26, 0x3C, 0x3E, 0x22, 0x27]  // DEL, 0xC2, 0xEF, & < > " '
        return b > 0x20 && !special.contains(b)
    }

    /// ` name="value"` with `value` escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        text(value, attribute: true)
        byte(UInt8(ascii: "\""))
    }

    /// ` name="number"`
    mutating func attribute(_ name: StaticString, _ value: Double) {
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        number(value)
        byte(UInt8(ascii: "\""))
    }
}

/// Spare output buffers kept between documents (a document and its prepared openings use
/// two): a fresh allocation of document size after a layout made malloc consolidate the chunks
/// Graphviz had just freed, every time.
private enum BufferPool {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var spares: [(UnsafeMutablePointer<UInt8>, Int)] = []
    static let kept = 2
    static let largest = 1 << 20

    /// A spare buffer of at least `capacity` bytes, if one is kept.
    static func take(_ capacity: Int) -> (UnsafeMutablePointer<UInt8>, Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard let i = spares.firstIndex(where: { $0.1 >= capacity }) else { return nil }
        return spares.remove(at: i)
    }

    /// Keeps the buffer if there is room (and it is not huge), else frees it.
    static func give(_ base: UnsafeMutablePointer<UInt8>, _ capacity: Int) {
        lock.lock()
        if spares.count < kept && capacity <= largest {
            spares.append((base, capacity))
            lock.unlock()
            return
        }
        lock.unlock()
        base.deallocate()
    }
}
