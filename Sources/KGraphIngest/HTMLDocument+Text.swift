/// Text helpers of the HTML scanner: searching scalars, decoding attribute values, reading
/// class and style hints, weighing text length.
extension HTMLDocument {
    /// Words of a class or id value: split at anything but letters and digits and at
    /// lower-to-upper case changes, lowercased, each followed by a space.
    static func hintWords(_ v: String) -> String {
        var out = String.UnicodeScalarView()
        var prevLower = false
        var inWord = false
        for s in v.unicodeScalars {
            let upper = s.value >= 65 && s.value <= 90
            let lower = (s.value >= 97 && s.value <= 122) || (s.value >= 48 && s.value <= 57)
            if upper || lower {
                if upper && prevLower && inWord { out.append(" ") }
                out.append(upper ? Unicode.Scalar(s.value + 32)! : s)
                inWord = true
            } else if inWord {
                out.append(" ")
                inWord = false
            }
            prevLower = lower
        }
        if inWord { out.append(" ") }
        return String(out)
    }

    /// An inline style with `display: none` or `visibility: hidden`.
    static func hidesElement(_ style: String) -> Bool {
        let compact = String(String.UnicodeScalarView(style.lowercased().unicodeScalars.filter { !$0.isAnySpace }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Text length with CJK and Hangul counted twice: a character there carries about a
    /// word's worth of text, so 40 of them make a paragraph as 80 Latin letters do.
    static func weightedLength(_ t: String) -> Int {
        var n = 0
        for s in t.unicodeScalars {
            let v = s.value
            n += (v >= 0x3040 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7AF) ? 2 : 1
        }
        return n
    }

    /// Character references in an attribute value.
    static func decodeEntities(_ v: String) -> String {
        guard v.contains("&") else { return v }
        let a = Array(v.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < a.count {
            if a[k] == "&", let (s, next) = HTMLEntities.decode(a, at: k, end: a.count) { out.append(s); k = next; continue }
            out.append(a[k]); k += 1
        }
        return String(out)
    }

    static func indexOf(_ a: [Unicode.Scalar], _ c: Unicode.Scalar, from: Int) -> Int? {
        var k = from
        while k < a.count { if a[k] == c { return k }; k += 1 }
        return nil
    }

    static func find(_ a: [Unicode.Scalar], _ s: String, from: Int) -> Int? {
        let p = Array(s.unicodeScalars)
        var k = from
        while k + p.count <= a.count {
            if a[k] == p[0] {
                var m = 1
                while m < p.count, a[k + m] == p[m] { m += 1 }
                if m == p.count { return k }
            }
            k += 1
        }
        return nil
    }

    /// Index of `</tag` (case-insensitive) at or after `from`.
    static func findEndTag(_ a: [Unicode.Scalar], _ tag: String, from: Int) -> Int? {
        let t = Array(tag.unicodeScalars)
        var k = from
        while k + 2 + t.count <= a.count {
            if a[k] == "<", a[k + 1] == "/" {
                var m = 0
                while m < t.count {
                    let v = a[k + 2 + m].value
                    let lv = (v >= 65 && v <= 90) ? v + 32 : v
                    if lv != t[m].value { break }
                    m += 1
                }
                if m == t.count { return k }
            }
            k += 1
        }
        return nil
    }
}
