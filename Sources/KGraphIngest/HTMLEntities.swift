/// HTML character references: numeric (`&#8217;`, `&#x2019;`) and the common named ones.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019,
        "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB,
        "lsaquo": 0x2039, "rsaquo": 0x203A, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0,
        "middot": 0xB7, "bull": 0x2022, "times": 0xD7, "divide": 0xF7, "euro": 0x20AC, "pound": 0xA3,
        "yen": 0xA5, "cent": 0xA2, "sect": 0xA7, "para": 0xB6, "shy": 0xAD, "iexcl": 0xA1, "iquest": 0xBF,
        "plusmn": 0xB1, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup2": 0xB2, "sup3": 0xB3,
        "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009,
        "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "rarr": 0x2192, "larr": 0x2190,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6,
        "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC,
        "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3,
        "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA,
        "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "yuml": 0xFF, "szlig": 0xDF,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
        "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB,
        "Iacute": 0xCD, "Icirc": 0xCE, "Ntilde": 0xD1, "Oacute": 0xD3, "Ocirc": 0xD4, "Ouml": 0xD6,
        "Oslash": 0xD8, "Uacute": 0xDA, "Uuml": 0xDC, "scaron": 0x161, "Scaron": 0x160, "oelig": 0x153,
        "OElig": 0x152, "ccaron": 0x10D, "Ccaron": 0x10C, "zcaron": 0x17E, "Zcaron": 0x17D,
    ]

    /// Decodes the reference starting at `a[i] == "&"`: the scalar and the index after it.
    static func decode(_ a: [Unicode.Scalar], at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if a[j] == "#" {
            j += 1
            var hex = false
            if j < end, a[j] == "x" || a[j] == "X" { hex = true; j += 1 }
            var v: UInt32 = 0
            let digitsStart = j
            while j < end, j - digitsStart < 8 {
                let c = a[j].value
                if c >= 48 && c <= 57 { v = v * (hex ? 16 : 10) + (c - 48) }
                else if hex, (c | 0x20) >= 97, (c | 0x20) <= 102 { v = v * 16 + ((c | 0x20) - 87) }
                else { break }
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < end, a[j] == ";" { j += 1 }
            // Windows-1252 code points written as numeric references (&#146;) are common in old pages.
            if v >= 0x80, v < 0xA0 {
                let s = TextDecoding.windows1252([UInt8(v)][...]).unicodeScalars.first!
                return (s, j)
            }
            return (Unicode.Scalar(v) ?? "\u{FFFD}", j)
        }
        var name = ""
        while j < end, j - i <= 10, a[j].properties.isASCIIHexDigit || a[j].properties.isAlphabetic && a[j].isASCII || ("0"..."9").contains(a[j]) {
            name.unicodeScalars.append(a[j]); j += 1
        }
        guard !name.isEmpty, let v = named[name] ?? named[name.lowercased()], let s = Unicode.Scalar(v) else { return nil }
        if j < end, a[j] == ";" { j += 1 }
        return (s, j)
    }
}
