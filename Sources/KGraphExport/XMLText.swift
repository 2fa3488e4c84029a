import KGraphModel

/// Escaping for the XML formats (GraphML, GEXF).
public enum XMLText {
    /// `text` safe inside element content and double- or single-quoted attributes: markup
    /// characters as entities, tab and line breaks as character references (so attribute
    /// normalization cannot turn them into spaces), forbidden characters as U+FFFD.
    static func escaped(_ text: String) -> String { XMLEscaping.escaped(text, .xml) }
}
