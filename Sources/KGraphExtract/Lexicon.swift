import Foundation
import KGraphModel

/// Everything the extractor knows in advance: entities with aliases, demonyms, metonyms and
/// roles, surface forms to suppress, and extra relation verbs.
///
/// `Lexicon()` is the bundled lexicon (loaded once per process); add user files with
/// ``adding(file:)`` or ``init(userFiles:)``. User entries override bundled ones with the
/// same label (same node id).
public struct Lexicon: Sendable {
    /// Entities by node id.
    public private(set) var entities: [String: LexiconEntity]
    /// Normalized surface forms that must never become nodes (see ``Lexicon/normalize(_:)``).
    public private(set) var suppressed: Set<String>
    /// Relation trigger phrases from lexicon files' `verbs` sections, in the order given
    /// (bundled first).
    public private(set) var verbEntries: [LexiconVerb]
    /// The relation trigger lexicon: the bundled `verbs.json` plus user files' `verbs` entries.
    public private(set) var verbs: VerbLexicon
    /// Member states of alliances and organizations, by the body's node id (general knowledge
    /// from the `memberships` sections of lexicon files).
    public private(set) var memberships: [String: Set<String>] = [:]
    /// The compiled matcher, rebuilt whenever entities change.
    package private(set) var gazetteer: Gazetteer

    /// The bundled lexicon. Loading happens once per process and is cached.
    public init() { self = Lexicon.bundled }

    /// A lexicon with nothing in it (tests, or `--no-bundled` style use).
    /// It keeps the bundled relation verbs, which are grammar rather than world knowledge.
    public static let empty = Lexicon(entities: [:], suppressed: [], verbs: [], verbLexicon: .bundled)

    /// The bundled lexicon plus user files, in order (later files override earlier ones).
    public init(userFiles: [String]) throws(LexiconError) {
        var lex = Lexicon.bundled
        for f in userFiles { lex = try lex.adding(file: f) }
        self = lex
    }

    package init(entities: [String: LexiconEntity], suppressed: Set<String>, verbs: [LexiconVerb], verbLexicon: VerbLexicon) {
        self.entities = entities
        self.suppressed = suppressed
        self.verbEntries = verbs
        self.verbs = verbLexicon
        self.gazetteer = Gazetteer(entities: entities)
    }

    /// The entity whose node id is `id`.
    public func entity(id: String) -> LexiconEntity? { entities[id] }

    /// Whether a surface form is suppressed ("Forum statistics").
    public func isSuppressed(_ surface: String) -> Bool {
        !suppressed.isEmpty && suppressed.contains(Lexicon.normalize(surface))
    }

    /// Adds or overrides entries: an entity with an existing label replaces it; `verbs` are
    /// added to the relation trigger lexicon.
    public func adding(entities more: [LexiconEntity], suppress: [String] = [], verbs more2: [LexiconVerb] = []) -> Lexicon {
        adding(entities: more, suppress: suppress, verbs: more2, intoVerbLexicon: true)
    }

    package func adding(entities more: [LexiconEntity], suppress: [String], verbs more2: [LexiconVerb], intoVerbLexicon: Bool) -> Lexicon {
        var ents = entities
        for e in more { ents[e.id] = e }
        var sup = suppressed
        for s in suppress { sup.insert(Lexicon.normalize(s)) }
        var vl = verbs
        if intoVerbLexicon { for v in more2 { vl.add(phrase: v.phrase, edge: v.edge, inverse: v.inverse) } }
        var lex = Lexicon(entities: ents, suppressed: sup, verbs: verbEntries + more2, verbLexicon: vl)
        lex.memberships = memberships
        return lex
    }

    /// Adds member lists; a body listed again gets the union.
    package mutating func add(memberships more: [LexiconMembership]) {
        for m in more { memberships[m.ofID, default: []].formUnion(m.members.map(Slug.make)) }
    }

    /// Case-folded, quote-folded, whitespace-collapsed form used for suppression and lookups.
    public static func normalize(_ s: String) -> String {
        Tokenized.keys(of: s).joined(separator: " ")
    }
}

/// One entity known in advance.
public struct LexiconEntity: Sendable, Hashable {
    public var label: String { didSet { id = Slug.make(label) } }
    /// The node id: `Slug.make(label)` (stored: lookups by id are hot).
    public private(set) var id: String
    public var type: NodeType
    /// Names that denote the entity by themselves.
    public var aliases: [String]
    /// Nationality adjectives (countries only): "Indian".
    public var demonyms: [String]
    /// Capitals and seats of government used for the state: "New Delhi", "the Kremlin".
    public var metonyms: [String]
    /// Offices held (people).
    public var roles: [LexiconRole]
    public var note: String?
    /// Surface forms (label, alias, demonym or metonym) that are also ordinary words or other
    /// names ("Chad", "Georgian", "Victoria"): accepted only with support from the context.
    /// Files mark them with `"ambiguous": true` on the entity (its label) or write the form as
    /// `{"text": "Victoria", "ambiguous": true}`.
    public var ambiguousForms: Set<String>

    public init(label: String, type: NodeType, aliases: [String] = [], demonyms: [String] = [],
                metonyms: [String] = [], roles: [LexiconRole] = [], note: String? = nil,
                ambiguousForms: Set<String> = []) {
        self.ambiguousForms = ambiguousForms
        self.id = Slug.make(label)
        self.label = label
        self.type = type
        self.aliases = aliases
        self.demonyms = demonyms
        self.metonyms = metonyms
        self.roles = roles
        self.note = note
    }

    /// Every surface form of the entity other than its label.
    public var allAliases: [String] { aliases + demonyms + metonyms }
}

/// An office a person holds: "External Affairs Minister" of "India", `serves`.
public struct LexiconRole: Sendable, Hashable {
    public var office: String
    /// Label of the country or organization.
    public var of: String { didSet { ofID = Slug.make(of) } }
    /// Node id of ``of``.
    public private(set) var ofID: String
    /// `.leads` (head) or `.serves` (minister, envoy, official).
    public var relation: EdgeType
    public var from: Int?
    public var to: Int?

    public init(office: String, of: String, relation: EdgeType, from: Int? = nil, to: Int? = nil) {
        self.office = office
        self.of = of
        self.ofID = Slug.make(of)
        self.relation = relation
        self.from = from
        self.to = to
    }
}

/// The member states of one alliance or organization: `{"of": "NATO", "members": [...]}`.
public struct LexiconMembership: Sendable, Hashable {
    /// Label of the body.
    public var of: String
    /// Labels of its members.
    public var members: [String]
    /// Node id of ``of``.
    public var ofID: String { Slug.make(of) }

    public init(of: String, members: [String]) {
        self.of = of
        self.members = members
    }
}

/// A relation trigger phrase from a lexicon file: "team up with" -> `partners-with`.
public struct LexiconVerb: Sendable, Hashable {
    /// The trigger as a lemma ("team up with"); the relation rules generate inflections.
    public var phrase: String
    public var edge: EdgeType
    /// The object is the source: "X includes Y" -> Y member-of X.
    public var inverse: Bool

    public init(phrase: String, edge: EdgeType, inverse: Bool = false) {
        self.phrase = phrase
        self.edge = edge
        self.inverse = inverse
    }
}
