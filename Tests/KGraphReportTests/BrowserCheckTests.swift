import Foundation
import Testing
@testable import KGraphReport

/// Opens reports in headless Chromium through scripts/browser-check/cdp_check.py (the same
/// check scripts/browser-check.sh runs) and asserts from the live DOM. Needs `chromium` and
/// `python3` on PATH; without them the test is skipped and says so loudly.
@Suite struct BrowserCheckTests {
    static let chromium = which("chromium") ?? which("chromium-browser")
    static let python = which("python3")
    static let available = chromium != nil && python != nil

    struct Summary: Decodable {
        var ok: Bool
        var failures: [String]
        var scriptsCompiled: Int
        var requests: Int
        var cspViolations: Int
        var scripts: Int
        var onAttributes: Int
        var sentinel: String
        var duplicateIds: Int
        var sections: Int
        var svgs: [SVGBox]
        struct SVGBox: Decodable { var label: String; var width: Double; var height: Double }
    }

    static func check(_ html: String, stripCSP: Bool = false) throws -> Summary {
        let dir = try Fixtures.temporaryDirectory()
        defer {
            if ProcessInfo.processInfo.environment["KGRAPH_KEEP_TEST_OUTPUT"] == nil { try? FileManager.default.removeItem(at: dir) }
        }
        var page = html
        if stripCSP {
            // Defence in depth: the escaping alone must keep hostile text inert.
            page = page.replacingOccurrences(of: "<meta http-equiv=\"Content-Security-Policy\"", with: "<meta name=\"csp-removed\"")
        }
        let file = dir.appendingPathComponent("report.html")
        try Data(page.utf8).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [Fixtures.packageRoot.appendingPathComponent("scripts/browser-check/cdp_check.py").path, file.path,
                       "--chromium", chromium!, "--screenshot", dir.appendingPathComponent("report.png").path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        print("browser check of \(file.path): \(String(decoding: data, as: UTF8.self).count) bytes of JSON")
        return try JSONDecoder().decode(Summary.self, from: data)
    }

    /// Always runs: the checker scripts are in place, and when the browser is missing this is
    /// where the skip is announced, so it is never a silent pass.
    @Test func browserCheckToolingIsPresent() {
        for script in ["scripts/browser-check.sh", "scripts/browser-check/cdp_check.py", "scripts/browser-check/html_check.py"] {
            #expect(FileManager.default.isExecutableFile(atPath: Fixtures.packageRoot.appendingPathComponent(script).path), "\(script)")
        }
        if !Self.available {
            print("SKIPPED: chromium not installed (or python3 missing); the browser checks of the report did not run")
        }
    }

    // Runs only where a browser is installed; `skipNotice` prints the skip line otherwise.
    @Test(.enabled(if: BrowserCheckTests.available, "chromium and python3 are needed to open the report"))
    func reportRendersInChromium() throws {
        let s = try Self.check(try HTMLReportWriter().html(Fixtures.twoArticleDocument))
        #expect(s.ok, "\(s.failures)")
        #expect(s.sections == 2)
        #expect(s.svgs.count == 4)
        #expect(s.svgs.allSatisfy { $0.width > 100 && $0.height > 10 })
        #expect(s.scriptsCompiled == 0)
        #expect(s.requests == 1)
    }

    @Test(.enabled(if: BrowserCheckTests.available, "chromium and python3 are needed to open the report"))
    func hostileReportRunsNoScriptEvenWithoutCSP() throws {
        let html = try HTMLReportWriter().html(Fixtures.hostileDocument)
        for strip in [false, true] {
            let s = try Self.check(html, stripCSP: strip)
            #expect(s.ok, "\(s.failures)")
            #expect(s.scriptsCompiled == 0)
            #expect(s.scripts == 0)
            #expect(s.onAttributes == 0)
            #expect(s.sentinel == "undefined")
            #expect(s.cspViolations == 0)
            #expect(s.duplicateIds == 0)
        }
    }

    @Test(.enabled(if: BrowserCheckTests.available, "chromium and python3 are needed to open the report"))
    func renderedReportWithHostileArticleInChromium() throws {
        let doc = try RenderedReportTests.document([Fixtures.hostile, Fixtures.first, Fixtures.second])
        let s = try Self.check(try HTMLReportWriter().html(doc), stripCSP: true)
        #expect(s.ok, "\(s.failures)")
        #expect(s.sections == 3)
        #expect(s.svgs.count == 6)
        #expect(s.svgs.allSatisfy { $0.width > 50 && $0.height > 20 }, "\(s.svgs.map { ($0.width, $0.height) })")
        #expect(s.scriptsCompiled == 0 && s.sentinel == "undefined" && s.cspViolations == 0)
    }
}
