import Foundation

/// A page's title, publication date, author and canonical address, from its `<head>`
/// (Open Graph and article meta tags, `<link rel="canonical">`), its JSON-LD and its
/// markup (`<h1>`, `<time datetime>`), and as a last resort the date in its address.
enum HTMLMetadata {
    static func read(_ doc: HTMLDocument, ld: LinkedData, headline: Int, main: Int) -> ArticleMetadata {
        var m = ArticleMetadata()
        m.title = title(doc, ld: ld, headline: headline, main: main)
        m.url = [doc.canonical, doc.metaValue(["og:url", "twitter:url"]), ld.url].compactMap { $0 }.first(where: isAbsoluteURL)
        m.author = author(doc, ld: ld)
        m.date = date(doc, ld: ld, main: main, url: m.url)
        return m
    }

    static func isAbsoluteURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return (l.hasPrefix("http://") || l.hasPrefix("https://")) && !s.contains(" ")
    }

    // MARK: title

    /// The visible headline (`<h1>`) when the page's declared titles confirm it, else
    /// `og:title` or the JSON-LD headline, else the `<h1>` of the main content, else
    /// `<title>`; the site's name is cut off the declared ones.
    static func title(_ doc: HTMLDocument, ld: LinkedData, headline: Int, main: Int) -> String? {
        if headline >= 0 {
            var w = HTMLExtractor.Walker(doc: doc, useHints: false, mainScore: 0)
            let t = BlockText.normalize(w.text(of: headline).unicodeScalars)
            if !t.isEmpty { return t }
        }
        let site = doc.metaValue(["og:site_name", "application-name"])
        if let og = doc.metaValue(["og:title", "twitter:title"]).map({ withoutSiteName($0, site: site) }), !og.isEmpty { return og }
        if let h = ld.headline, !h.isEmpty { return h }
        // The first <h1> inside the main content.
        for (k, el) in doc.elements.enumerated() where el.tag == "h1" && HTMLExtractor.isAncestor(main, of: k, doc) {
            var w = HTMLExtractor.Walker(doc: doc, useHints: false, mainScore: 0)
            let t = BlockText.normalize(w.text(of: k).unicodeScalars)
            if t.count >= 8 { return t }
        }
        guard let t = doc.title.map({ withoutSiteName($0, site: site) }), !t.isEmpty else { return nil }
        return t
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "]

    /// "Ministers Agree | Example News" without " | Example News": a trailing (or leading)
    /// part that is the site's name, or much shorter than the rest.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        var t = title
        let siteLower = site?.lowercased()
        for sep in titleSeparators {
            guard let r = t.range(of: sep, options: .backwards) else { continue }
            let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
            let tailWords = Boilerplate.words(tail).count, headWords = Boilerplate.words(head).count
            if tail.lowercased() == siteLower || (tailWords <= 4 && headWords > tailWords && headWords >= 3) {
                t = head
                continue
            }
            if let first = t.range(of: sep) {
                let lead = String(t[..<first.lowerBound]), rest = String(t[first.upperBound...])
                if lead.lowercased() == siteLower { t = rest }
            }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }

    // MARK: author

    static func author(_ doc: HTMLDocument, ld: LinkedData) -> String? {
        var names = ld.authors
        if names.isEmpty {
            for key in ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"] {
                if let v = doc.metaValue([key]) { names = [v]; break }
            }
        }
        var seen = Set<String>()
        let cleaned = names.map(cleanAuthor).filter { !$0.isEmpty && !isAbsoluteURL($0) && seen.insert($0.lowercased()).inserted }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: ", ")
    }

    /// "By Jane Roe" is "Jane Roe".
    static func cleanAuthor(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        if t.lowercased().hasPrefix("by ") { t = String(t.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
        return t
    }

    // MARK: date

    /// The publication date as ISO 8601: JSON-LD `datePublished`, the article meta tags,
    /// the first `<time datetime>` of the main content (else of the page), else a date in
    /// the page's address (`/2024/03/05/`).
    static func date(_ doc: HTMLDocument, ld: LinkedData, main: Int, url: String?) -> String? {
        var candidates: [String] = []
        if let d = ld.datePublished { candidates.append(d) }
        if let d = doc.metaValue(["article:published_time", "og:article:published_time", "datepublished", "pubdate",
                                  "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                                  "sailthru.date", "parsely-pub-date", "og:published_time", "article.published"]) {
            candidates.append(d)
        }
        if let t = doc.times.first(where: { HTMLExtractor.isAncestor(main, of: $0.element, doc) }) ?? doc.times.first {
            candidates.append(t.value)
        }
        for c in candidates { if let iso = ISODate.normalize(c) { return iso } }
        for u in [url, doc.metaValue(["og:url"])].compactMap({ $0 }) {
            if let d = ISODate.fromURL(u) { return d }
        }
        return nil
    }
}
