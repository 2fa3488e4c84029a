import KGraphModel

/// An edge proposed by one rule in one sentence, before confidence and evidence are attached.
struct Candidate {
    var source: String
    var target: String
    var type: EdgeType
    var sentence: Int
    var sourceTokens: Range<Int>
    var targetTokens: Range<Int>
    var triggerTokens: Range<Int>?
    var rule: String
    var hedged = false
    /// Made by turning a negated or refused stance into `rejects`.
    var flipped = false
    /// Made by reading hostility to a principle as its rejection ("attacked free trade"): a
    /// speaker's own words, which do not pass to the speaker's state.
    var fromHostility = false
    /// Tokens between the arguments and the trigger (long-distance links are less sure).
    var distance = 0
    /// Product of argument-quality factors (references, demonyms).
    var argumentFactor = 1.0
    var modality: Modality = .asserted
    var attribution: String?
}

/// Confidence of one piece of evidence.
///
/// `confidence = prior(rule) × hedge × flip × distance × arguments × reported`, where
/// - `prior(rule)` is the rule's measured precision on the annotated corpora (seeds + dev),
///   smoothed as (hits + 1) / (hits + spurious + 2) by `scripts/rule-precision.py` and stored in
///   `verbs.json` under `rules` (0.7 for a rule with no measurement);
/// - `hedge` is 0.8 for hedged statements ("may join", "is expected to back");
/// - `flip` is 0.9 when a negated or refused stance was turned into `rejects`;
/// - `distance` is 0.85 when more than 8 tokens separate an argument from the trigger, 0.7 beyond 14;
/// - `arguments` is 0.9 for each argument that is a resolved pronoun or description (0.75 for an
///   indefinite one) and 0.9 for a demonym ("Chinese aggression");
/// - `reported` is 0.95 for reported speech (the speaker, not the article, asserts it).
/// The result is clamped to [0.05, 0.99] and rounded to three decimals so output bytes are stable.
enum RuleConfidence {
    static func confidence(_ c: Candidate, priors: [String: Double]) -> Double {
        var p = priors[c.rule] ?? 0.7
        if c.hedged { p *= 0.8 }
        if c.flipped { p *= 0.9 }
        if c.distance > 14 { p *= 0.7 } else if c.distance > 8 { p *= 0.85 }
        p *= c.argumentFactor
        if c.modality == .reported { p *= 0.95 }
        p = min(0.99, max(0.05, p))
        return (p * 1000).rounded() / 1000
    }
}
