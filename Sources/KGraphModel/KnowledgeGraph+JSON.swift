extension KnowledgeGraph {
    /// The graph as JSON per ontology.md, in canonical order: the same graph gives the same bytes.
    ///
    /// Keys: `title`, `articles`, `nodes` (`id`, `label`, `type`, `aliases`, `mentions`),
    /// `edges` (`source`, `target`, `type`, `confidence`, `evidence`). Optional values that
    /// are absent are left out rather than written as null.
    public func jsonValue() -> JSONValue {
        var top: [(String, JSONValue)] = []
        if let title { top.append(("title", .string(title))) }
        if !articles.isEmpty { top.append(("articles", .array(articles.map(\.jsonValue)))) }
        top.append(("nodes", .array(nodes.map(\.jsonValue))))
        top.append(("edges", .array(edges.map(\.jsonValue))))
        return .object(top)
    }

    /// UTF-8 JSON text ending in a newline.
    public func jsonString() -> String { jsonValue().serialized() }
}

extension ArticleInfo {
    var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = [("id", .string(id))]
        if let title { o.append(("title", .string(title))) }
        if let source { o.append(("source", .string(source))) }
        if let date { o.append(("date", .string(date))) }
        if let url { o.append(("url", .string(url))) }
        if let author { o.append(("author", .string(author))) }
        return .object(o)
    }
}

extension Node {
    var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = [
            ("id", .string(id)), ("label", .string(label)), ("type", .string(type.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
        ]
        if !mentions.isEmpty { o.append(("mentions", .array(mentions.map(\.jsonValue)))) }
        return .object(o)
    }
}

extension Mention {
    var jsonValue: JSONValue {
        .object([
            ("article", .string(article)), ("sentence", .number(Double(sentence))),
            ("start", .number(Double(span.start))), ("end", .number(Double(span.end))),
            ("text", .string(text)),
        ])
    }
}

extension TextSpan {
    var jsonValue: JSONValue { .array([.number(Double(start)), .number(Double(end))]) }
}

extension Edge {
    var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = [
            ("source", .string(source)), ("target", .string(target)), ("type", .string(type.rawValue)),
        ]
        if !evidence.isEmpty { o.append(("confidence", .number(confidence))) }
        o.append(("evidence", .array(evidence.map(\.jsonValue))))
        return .object(o)
    }
}

extension Evidence {
    var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = [
            ("article", .string(article)), ("sentence_index", .number(Double(sentenceIndex))),
            ("sentence", .string(sentence)),
        ]
        if let span { o.append(("span", span.jsonValue)) }
        if let sourceSpan { o.append(("source_span", sourceSpan.jsonValue)) }
        if let targetSpan { o.append(("target_span", targetSpan.jsonValue)) }
        if let trigger { o.append(("trigger", .string(trigger))) }
        if let triggerSpan { o.append(("trigger_span", triggerSpan.jsonValue)) }
        if let rule { o.append(("rule", .string(rule))) }
        o.append(("modality", .string(modality.rawValue)))
        if let attribution { o.append(("attribution", .string(attribution))) }
        o.append(("confidence", .number(confidence)))
        return .object(o)
    }
}
