import Foundation

/// Shared option handling of `diff` and `compare`: the output format and terminal colour.
enum DiffCLI {
    /// The explicit format, else the one the output's extension names, else text.
    static func format<Format: DiagramChoice>(_ explicit: Format?, output: String) -> Format {
        if let explicit { return explicit }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if output != "-", let byExtension = Format(rawValue: ["gv": "dot", "txt": "text"][ext] ?? ext) { return byExtension }
        return Format(rawValue: "text")!
    }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything non-empty.
    static func stdoutWantsColor() -> Bool {
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
