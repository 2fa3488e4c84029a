import Foundation
import Testing
@testable import KGraphReport

/// Issue 14, item 5: temporary files had a predictable name (`.NAME.kgraph-PID.tmp`) beside
/// the output and were opened following symlinks, so anyone who could write the folder could
/// make kgraph overwrite another file.
@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "kgraph-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func plantedSymlinkAtTheOldTemporaryNameIsNotFollowed() throws {
        let dir = try folder()
        let victim = dir.appending(path: "victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let pid = ProcessInfo.processInfo.processIdentifier
        try FileManager.default.createSymbolicLink(atPath: dir.appending(path: ".d.svg.kgraph-\(pid).tmp").path, withDestinationPath: victim.path)
        try MarkdownReport.writeAtomically(Data("<svg/>".utf8), to: dir.appending(path: "d.svg"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: dir.appending(path: "d.svg"), encoding: .utf8) == "<svg/>")
    }

    @Test func aSymlinkAtTheTargetIsReplacedNotWrittenThrough() throws {
        let dir = try folder()
        let victim = dir.appending(path: "victim.txt")
        try Data("keep me".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: dir.appending(path: "out.json").path, withDestinationPath: victim.path)
        try AtomicFile.write(Data("{}".utf8), to: dir.appending(path: "out.json").path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.appending(path: "out.json").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["out.json", "victim.txt"])
    }

    @Test func temporaryNamesAreRandomFreshAndForgottenAfterwards() throws {
        let dir = try folder()
        var paths = Set<String>()
        for _ in 0..<20 {
            let (fd, path) = try AtomicFile.createTemporary(in: dir.path, for: "out.svg", target: "out.svg")
            close(fd)
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(name.hasPrefix(".out.svg.kgraph-") && name.hasSuffix(".tmp") && name.utf8.count == ".out.svg.kgraph-".utf8.count + 16)
            #expect(!name.contains("\(ProcessInfo.processInfo.processIdentifier)"))
            #expect(TemporaryFiles.shared.inFlight.contains(path))
            TemporaryFiles.shared.forget(path)
            paths.insert(path)
        }
        #expect(paths.count == 20)
        // A long output name still gives a temporary name within the 255-byte limit.
        let long = String(repeating: "é", count: 120) + ".json"
        try AtomicFile.write(Data("{}".utf8), to: dir.appending(path: long).path)
        #expect(FileManager.default.fileExists(atPath: dir.appending(path: long).path))
        #expect(!TemporaryFiles.shared.inFlight.contains { $0.hasPrefix(dir.path) })
    }

    @Test func aFIFOIsWrittenInPlaceNotReplaced() throws {
        // A rename over a device or FIFO replaces it with a regular file (as root, `-o /dev/null`
        // replaced /dev/null).
        let dir = try folder()
        let fifo = dir.appending(path: "pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The semaphore hands `received` over (polling isFinished raced, as TSan reported).
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        reader.start()
        try AtomicFile.write(Data("through the pipe".utf8), to: fifo)
        done.wait()
        #expect(String(decoding: received, as: UTF8.self) == "through the pipe")
        let attributes = try FileManager.default.attributesOfItem(atPath: fifo)
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pipe"])
    }
}
