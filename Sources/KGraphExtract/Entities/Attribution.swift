import KGraphIngest

/// Who reported a story, not who acted in it: wire services and news agencies, which report
/// and do not act. (Datelines and credits inside a sentence are judged by Ingest:
/// ``Boilerplate/datelineLength(_:)`` and ``Boilerplate/creditWords(_:mark:)``, read on
/// ``Piece``s.)
enum Attribution {
    /// Wire services and news agencies by node id: they report, they do not act.
    static let wireAgencyIDs = WordLists.set("wireAgencyIDs")

    static func isWireAgency(_ id: String) -> Bool { wireAgencyIDs.contains(id) }
}

/// Ingest's credit rules read a sentence's pieces.
extension Piece: CreditReadableWord {}
