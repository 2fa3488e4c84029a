import KGraphModel

/// Organizations that are organs of a state: "US military", "Pakistan Army", "Indian Navy",
/// "Chinese Foreign Ministry" — a state's name or demonym, then a word for an arm of
/// government. Whoever serves or heads one serves the state ("Pakistan's army chief X").
enum StateOrgans {
    static let organHeads: Set<String> = WordLists.strings("organHeads")
    /// Organ heads of a state's armed forces ("Indian Army", "US military").
    static let armedHeads: [String] = ["military", "army", "navy", "forces", "force", "marines", "coastguard", "coast guard", "armed forces"]

    /// Whether the last space-separated word of a lowercased label is an organ head ("indian
    /// navy"): the words are not split into an array (this runs for every organization of
    /// every article).
    static func hasOrganHead(_ label: String) -> Bool {
        guard let end = label.lastIndex(where: { $0 != " " }) else { return false }
        let start = label[..<end].lastIndex(of: " ").map { label.index(after: $0) } ?? label.startIndex
        return organHeads.contains(String(label[start...end]))
    }

    /// ``hasOrganHead(_:)`` of `name.lowercased()`. An ASCII name (almost all) is read as bytes:
    /// its last space-separated word, lowercased alone, is the lowercased name's last word.
    static func hasOrganHeadWritten(_ name: String) -> Bool {
        let ascii: Bool? = name.utf8.withContiguousStorageIfAvailable { b in
            var end = b.count
            var high: UInt8 = 0
            for x in b { high |= x }
            guard high < 0x80 else { return nil }
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return false }
            var start = end - 1
            while start > 0, b[start - 1] != 0x20 { start -= 1 }
            let word = String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = b[k] &- 0x41 < 26 ? b[k] | 0x20 : b[k] }
                return end - start
            }
            return organHeadWords.contains(word)
        } ?? nil
        return ascii ?? hasOrganHead(name.lowercased())
    }

    /// ``organHeads`` hashed by bytes.
    private static let organHeadWords = WordSet(organHeads)

    /// Organization node id -> the state node id it is an organ of, for the states present.
    static func states(_ nodes: [String: Node]) -> [String: String] {
        // Most articles name no organ: then the states' names need not be gathered at all.
        guard nodes.values.contains(where: { $0.type == .organization && (hasOrganHeadWritten($0.label) || $0.aliases.contains(where: hasOrganHeadWritten)) })
        else { return [:] }
        // (Each name's length counted once: `String.count` walks the characters.)
        var names: [(String, String, Int)] = []
        for (id, n) in nodes where n.type == .country {
            for name in [n.label] + n.aliases where name.count >= 2 {
                let key = name.lowercased() + " "
                names.append((key, id, key.count))
            }
        }
        // Longest name first, ties by id, so the result does not depend on dictionary order.
        names.sort { ($0.2, $1.1) > ($1.2, $0.1) }
        var out: [String: String] = [:]
        for (id, n) in nodes where n.type == .organization {
            // "Chinese Foreign Ministry", or a body whose other name says whose it is ("State
            // Department", also "U.S. State Department").
            for name in [n.label] + n.aliases {
                guard hasOrganHeadWritten(name) else { continue }
                let label = name.lowercased()
                if let (_, state, _) = names.first(where: { label.hasPrefix($0.0) }) { out[id] = state; break }
            }
        }
        return out
    }
}
