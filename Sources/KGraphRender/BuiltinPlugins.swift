internal import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `lt_symlist_t` table for a Graphviz context that uses only the core renderers and
/// the dot and neato layout plugins, found by `dlopen` so no linker flags are needed.
///
/// Without the pango plugin, text is measured with Graphviz's fixed width tables, so SVG and
/// DOT come out byte-identical on every machine whatever fonts are installed.
enum BuiltinPlugins {
    /// Plugin library stems; the neato library also carries fdp, sfdp, circo and twopi.
    static let names = ["core", "dot_layout", "neato_layout"]

    /// A `{name, address}` table ending in `{NULL, NULL}`. The context keeps a pointer to it,
    /// so it is allocated once and never freed; every symbol is found before anything is
    /// allocated, so a failure leaves nothing behind.
    static func symbolList() throws(RenderError) -> UnsafePointer<lt_symlist_t> {
        var found: [(symbol: String, address: UnsafeMutableRawPointer)] = []
        for name in names {
            let symbol = "gvplugin_\(name)_LTX_library"
            guard let address = try lookUp(symbol, in: name) else {
                throw RenderError("Graphviz plugin symbol \(symbol) not found")
            }
            found.append((symbol, address))
        }
        let table = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: found.count + 1)
        for (i, entry) in found.enumerated() {
            table[i] = lt_symlist_t(name: UnsafePointer(strdup(entry.symbol)), address: entry.address)
        }
        table[found.count] = lt_symlist_t(name: nil, address: nil)
        return UnsafePointer(table)
    }

    private static func lookUp(_ symbol: String, in name: String) throws(RenderError) -> UnsafeMutableRawPointer? {
        var tried: [String] = []
        for dir in pluginDirectories() {
            for file in ["libgvplugin_\(name).so.6", "libgvplugin_\(name).6.dylib", "libgvplugin_\(name).so"] {
                let path = dir + "/" + file
                tried.append(path)
                guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else { continue }
                // The handle stays open for the life of the process: the context uses it.
                if let address = dlsym(handle, symbol) { return address }
            }
        }
        throw RenderError("Graphviz plugin library \(name) not found (tried \(tried.first ?? "nothing") and \(tried.count - 1) other paths)")
    }

    /// The `graphviz` folder beside the loaded libgvc first, then the usual install places.
    private static func pluginDirectories() -> [String] {
        var dirs: [String] = []
        // Linux: /proc/self/maps names the libgvc actually loaded.
        if let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) {
            for line in maps.split(separator: "\n") where line.contains("/libgvc.so") {
                if let start = line.firstIndex(of: "/") {
                    let path = line[start...]
                    if let slash = path.lastIndex(of: "/") { dirs.append(String(path[..<slash]) + "/graphviz") }
                    break
                }
            }
        }
        dirs += ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib64/graphviz",
                 "/usr/lib/graphviz", "/usr/local/lib/graphviz", "/opt/homebrew/lib/graphviz"]
        var seen = Set<String>()
        return dirs.filter { seen.insert($0).inserted }
    }
}
