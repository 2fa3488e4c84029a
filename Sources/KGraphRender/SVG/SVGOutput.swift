import KGraphModel
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
    /// Where each id written so far starts (``markID()``), ascending.
    private(set) var idStarts: [Int] = []

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

    /// Appends bytes `range` of `other`, and the ids that start in it.
    mutating func append(_ other: borrowing SVGOutput, _ range: Range<Int>) {
        let shift = written - range.lowerBound
        // The first id at or after the range's start, by bisection (ids are ascending).
        var i = 0, end = other.idStarts.count
        while i < end {
            let mid = (i + end) / 2
            if other.idStarts[mid] < range.lowerBound { i = mid + 1 } else { end = mid }
        }
        while i < other.idStarts.count && other.idStarts[i] < range.upperBound {
            idStarts.append(other.idStarts[i] + shift)
            i += 1
        }
        append(UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    /// Notes that an id starts here, so an embedded copy can prefix it (``SVGDrawing``).
    mutating func markID() {
        idStarts.append(written)
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

    /// `v` as ``number(_:)`` writes it.
    static func numberText(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return "0" }
        let hundredths = Int(abs(v) * 100 + 0.5)
        var s = v < 0 && hundredths != 0 ? "-" : ""
        s += String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 {
            s += "." + String(fraction / 10)
            if fraction % 10 != 0 { s += String(fraction % 10) }
        }
        return s
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

    /// `text` escaped for XML character data or a double-quoted attribute
    /// (``XMLEscaping/Style/svgText``, ``XMLEscaping/Style/svgAttribute``): characters XML
    /// cannot carry become a space (as ``AttributeText/clean(_:)`` does), a newline in an
    /// attribute `&#10;` so it survives attribute normalization, and in text content a space
    /// after a space a no-break space, so runs of spaces show.
    mutating func text(_ text: String, attribute: Bool) {
        XMLEscaping.escape(text, attribute ? .svgAttribute : .svgText) { append($0) }
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
