/// A quick, exact test that an ASCII surface is no suppressed form (``Lexicon/isSuppressed(_:)``)
/// without tokenizing it.
///
/// ``Lexicon/normalize(_:)`` of an ASCII text keeps every letter and digit of it, lowercased, and
/// adds none: the tokenizer puts every scalar that is not white space into a token, and pieces
/// only drop periods and split at hyphens. So the surface's letters and digits (which of the 36
/// occur, and how many there are) equal those of its normal form; a surface whose count is that
/// of no suppressed form is not one. Anything not ASCII is left to the full test.
struct SuppressionFilter: Sendable {
    private let signatures: Set<UInt64>

    init(_ suppressed: Set<String>) {
        var out = Set<UInt64>()
        for form in suppressed {
            var sig = Signature()
            for u in form.unicodeScalars where u.isASCII { sig.add(UInt8(u.value)) }
            out.insert(sig.value)
        }
        signatures = out
    }

    /// Whether `surface` is surely not suppressed.
    func rulesOut(_ surface: String) -> Bool {
        var sig = Signature()
        for b in surface.utf8 {
            if b >= 0x80 { return false }
            sig.add(b)
        }
        return !signatures.contains(sig.value)
    }

    /// ``rulesOut(_:)`` of the text of `scalars` (white space aside, as the span's text has it).
    func rulesOut(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var sig = Signature()
        for u in scalars {
            if u.value >= 0x80 { return false }
            sig.add(UInt8(u.value))
        }
        return !signatures.contains(sig.value)
    }

    /// Which ASCII letters (case folded) and digits occur, and how many there are.
    private struct Signature {
        var mask: UInt64 = 0
        var count: UInt64 = 0

        @inline(__always)
        mutating func add(_ b: UInt8) {
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                mask |= 1 << UInt64(lower - 0x61)
            } else if b >= 0x30 && b <= 0x39 {
                mask |= 1 << UInt64(26 + b - 0x30)
            } else {
                return
            }
            count += 1
        }

        var value: UInt64 { mask | count << 40 }
    }
}
