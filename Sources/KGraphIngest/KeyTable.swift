/// A small open-addressing hash table keyed by precomputed 64-bit word hashes: lookups in
/// the hot loops avoid `Hasher` (SipHash) entirely.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)]) {
        var size = 64
        while size < pairs.count * 4 { size <<= 1 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        for (k, v) in pairs {
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while values[i] != nil, keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) subscript(_ k: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            guard let v = values[i] else { return nil }
            if keys[i] == k { return v }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool { self[k] != nil }
}

extension KeyTable where Value == Bool {
    init(set: [UInt64]) { self.init(set.map { ($0, true) }) }
}
