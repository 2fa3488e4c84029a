import KGraphModel

/// The entity and relation tables of a graph, with evidence quotes.
extension HTMLReportWriter {
    func tables(_ graph: KnowledgeGraph, showArticleIDs: Bool, _ h: inout HTMLBuilder) {
        let t = GraphTables(graph)
        entityTable(t, &h)
        relationTable(t, showArticleIDs: showArticleIDs, &h)
    }

    /// The entities: label, type, the names the article used, mentions.
    private func entityTable(_ t: GraphTables, _ h: inout HTMLBuilder) {
        h.element("h3", "Entities (\(t.entities.count))")
        h.raw("\n")
        if t.entities.isEmpty {
            h.emptyNote("No entities.")
        } else {
            h.raw("<div class=\"table-wrap\"><table class=\"entities\">\n<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Type</th><th scope=\"col\" title=\"The names this article used; hover +N for the lexicon's others\">Names used</th><th scope=\"col\" class=\"num\">Mentions</th></tr></thead>\n<tbody>\n")
            for e in t.entities {
                h.raw("<tr><td class=\"label\">")
                h.text(e.label)
                h.raw("</td><td>")
                badge(e.type.rawValue, cssClass: "type-\(e.type.rawValue)", &h)
                h.raw("</td><td class=\"aliases\">")
                h.text(e.usedForms.joined(separator: ", "))
                if !e.otherAliases.isEmpty {
                    // The lexicon's other names, on hover: the column shows what the article said.
                    h.raw(e.usedForms.isEmpty ? "<span class=\"more\" title=\"" : " <span class=\"more\" title=\"")
                    h.text("Also known as: " + e.otherAliases.joined(separator: ", "))
                    h.raw("\">+\(e.otherAliases.count) more</span>")
                }
                h.raw("</td><td class=\"num\">\(e.mentions)</td></tr>\n")
            }
            h.raw("</tbody>\n</table></div>\n")
        }
    }

    /// The relations: source, relation, target, confidence, evidence quotes.
    private func relationTable(_ t: GraphTables, showArticleIDs: Bool, _ h: inout HTMLBuilder) {
        h.element("h3", "Relations (\(t.relations.count))")
        h.raw("\n")
        if t.relations.isEmpty {
            h.emptyNote("No relations.")
            return
        }
        h.raw("<div class=\"table-wrap\"><table class=\"relations\">\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Relation</th><th scope=\"col\">Target</th><th scope=\"col\" class=\"num\">Confidence</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n")
        for r in t.relations {
            h.raw("<tr><td class=\"label\">")
            h.text(r.source)
            h.raw("</td><td>")
            badge(r.type.phrase, cssClass: "rel-\(r.type.rawValue)", &h)
            h.raw("</td><td class=\"label\">")
            h.text(r.target)
            let pct = Int((min(1, max(0, r.confidence)) * 100).rounded())
            h.raw("</td><td class=\"num\"><span class=\"conf\">\(HTMLText.confidence(r.confidence))</span><span class=\"meter\"><span style=\"width:\(pct)%\"></span></span></td><td class=\"evidence\">")
            if r.evidence.isEmpty {
                h.raw("<span class=\"empty\">none recorded</span>")
            } else {
                h.raw("<ul>")
                for ev in r.evidence {
                    h.raw("<li><q>")
                    let marked = quote(ev, &h)
                    h.raw("</q>")
                    let notes = ev.notes(showArticle: showArticleIDs, triggerShown: marked)
                    if !notes.isEmpty {
                        h.raw(" <span class=\"ev-meta\">")
                        h.text(notes.joined(separator: " \u{00B7} "))
                        h.raw("</span>")
                    }
                    h.raw("</li>")
                }
                h.raw("</ul>")
            }
            h.raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table></div>\n")
    }

    /// The evidence sentence with its trigger word marked (first occurrence), escaped piecewise.
    /// Returns whether the trigger was found and marked.
    @discardableResult
    func quote(_ ev: Evidence, _ h: inout HTMLBuilder) -> Bool {
        let sentence = ev.sentence
        if let trigger = ev.trigger, !trigger.isEmpty, let r = sentence.range(of: trigger) {
            h.text(String(sentence[..<r.lowerBound]))
            h.raw("<mark>")
            h.text(String(sentence[r]))
            h.raw("</mark>")
            h.text(String(sentence[r.upperBound...]))
            return true
        }
        h.text(sentence)
        return false
    }

    func badge(_ text: String, cssClass: String, _ h: inout HTMLBuilder) {
        h.raw("<span class=\"badge \(HTMLText.escape(cssClass))\">")
        h.text(text)
        h.raw("</span>")
    }
}
