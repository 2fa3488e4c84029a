import Foundation

/// How `diff` and `compare` name their inputs in titles, columns and legends.
public enum InputNames {
    /// File names without folders when that keeps them apart, else the paths as given; `-` is
    /// "stdin"; the same path given twice still gets distinct names ("a.json#2").
    public static func display(_ paths: [String]) -> [String] {
        let base = paths.map { $0 == "-" ? "stdin" : URL(fileURLWithPath: $0).lastPathComponent }
        let names = Set(base).count == base.count ? base : paths
        var seen: [String: Int] = [:]
        return names.map { n in
            seen[n, default: 0] += 1
            return seen[n]! == 1 ? n : "\(n)#\(seen[n]!)"
        }
    }
}
