/// The table of ``RecognizerRun/surnameRecurs(_:outside:)``: per capitalized word key, the first
/// two running-text sentences that write it.
///
/// Built once per article, without `Hasher` (as ``LowercaseWords``): ASCII keys go into an
/// ``ASCIIKeyIndex``; the rare other key into a `Dictionary`. An article with a key holding a scalar canonically equal
/// to ASCII (U+037E, U+1FEF, U+212A: almost never) keeps every key in the `Dictionary`, so that
/// keys `String` equality calls equal share one entry as they did there.
struct CapitalizedWords {
    private var index = ASCIIKeyIndex()
    /// Per key of ``index``: its sentences.
    private var pairs: [SentencePair] = []
    private var other: [String: SentencePair] = [:]
    /// Every key is in ``other``.
    private var dictionaryOnly = false

    /// The capitalized words of the sentences `include` admits.
    init(_ pieces: [[Piece]], include: (Int) -> Bool) {
        for (i, p) in pieces.enumerated() where include(i) {
            for k in p.indices where p[k].isWord && p[k].isCapitalized {
                guard let h = p[k].asciiHash else {
                    if !dictionaryOnly, p[k].key.unicodeScalars.contains(where: ASCIIKeyIndex.isASCIIEquivalent) {
                        self = CapitalizedWords(dictionaryFrom: pieces, include: include)
                        return
                    }
                    other[p[k].key, default: SentencePair()].note(i)
                    continue
                }
                let (slot, inserted) = index.insert(p[k].key, hash: h)
                if inserted { pairs.append(SentencePair()) }
                pairs[slot].note(i)
            }
        }
    }

    /// The table with every key in ``other`` (the plain `Dictionary` of before).
    private init(dictionaryFrom pieces: [[Piece]], include: (Int) -> Bool) {
        dictionaryOnly = true
        for (i, p) in pieces.enumerated() where include(i) {
            for k in p.indices where p[k].isWord && p[k].isCapitalized { other[p[k].key, default: SentencePair()].note(i) }
        }
    }

    /// The sentences noted for `key` (a key `String` equality calls equal), if any.
    subscript(_ key: String) -> SentencePair? {
        if dictionaryOnly { return other[key] }
        guard let h = ASCIIHash.fnv1a(key) else {
            // A key not ASCII equals an ASCII one only through the scalars of ``ASCIIKeyIndex/isASCIIEquivalent(_:)``.
            if key.unicodeScalars.contains(where: ASCIIKeyIndex.isASCIIEquivalent), let k = index.keys.firstIndex(of: key) { return pairs[k] }
            return other[key]
        }
        return index.index(of: key, hash: h).map { pairs[$0] }
    }
}
