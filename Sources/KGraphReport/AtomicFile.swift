import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically and safely: the bytes go to a fresh temporary file in the target's
/// folder, which is then renamed over the target, so a failed or killed run never leaves a
/// half-written file. Used for a report's drawings and by the `kgraph` tool for every output.
///
/// The temporary file has a random name and is created with `O_CREAT | O_EXCL | O_NOFOLLOW`:
/// in a folder others can write (such as /tmp) nobody can have kgraph write through a planted
/// symlink or into a file they made (the earlier `.NAME.kgraph-PID.tmp` was predictable and
/// opened following symlinks). After ``removeTemporaryFilesOnTermination()`` a SIGINT, SIGTERM
/// or SIGHUP removes the temporary files in flight before the process ends.
public enum AtomicFile {
    /// Writes `data` to `path` (through a temporary file, then a rename). A target that is a
    /// device, FIFO or socket (such as /dev/null or /dev/stdout) is written in place: a
    /// rename would replace it with a regular file.
    public static func write(_ data: Data, to path: String) throws(ReportFileError) {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            return try writeInPlace(data, to: path)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let (fd, temp) = try createTemporary(in: folder, for: url.lastPathComponent, target: path)
        defer { TemporaryFiles.shared.forget(temp) }
        var failure = writeAll(data, to: fd)
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            throw ReportFileError("\(path): cannot write: \(failure)")
        }
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(ReportFileError) {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw ReportFileError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        var failure = writeAll(data, to: fd)
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw ReportFileError("\(path): cannot write: \(failure)") }
    }

    /// Writes every byte of `data` to `fd`; the reason on failure.
    static func writeAll(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }

    /// Removes temporary files still being written when the process gets SIGINT, SIGTERM or
    /// SIGHUP, then ends it as the signal would have. Call once, early (the `kgraph` tool does).
    public static func removeTemporaryFilesOnTermination() {
        TemporaryFiles.shared.installSignalHandlers()
    }

    /// The longest part of the target's name kept in the temporary name (file names are
    /// limited to 255 bytes; the rest of the temporary name takes 26).
    static let maxNameBytes = 200

    /// A new temporary file beside `target`, open for writing: (descriptor, path).
    static func createTemporary(in folder: String, for name: String, target: String) throws(ReportFileError) -> (Int32, String) {
        var base = ""
        for scalar in name.unicodeScalars {
            guard base.utf8.count + String(scalar).utf8.count <= maxNameBytes else { break }
            base.unicodeScalars.append(scalar)
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let random = String(decoding: (0..<12).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] }, as: UTF8.self)
            let path = (folder as NSString).appendingPathComponent(".\(base).kgraph-\(random).tmp")
            // Known before it exists, so a signal between the two cannot leave it behind.
            guard TemporaryFiles.shared.register(path) else { throw ReportFileError("\(target): not written: the run is being stopped") }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, path) }
            let code = errno
            TemporaryFiles.shared.forget(path)
            if code == EEXIST { continue }
            throw ReportFileError("\(target): cannot write: \(String(cString: strerror(code)))")
        }
        throw ReportFileError("\(target): cannot write: no free temporary file name in \(folder)")
    }
}

/// write(2), named apart from ``AtomicFile/write(_:to:)``.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

/// The temporary files being written, removed if a termination signal arrives.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths = Set<String>()
    private var stopping = false
    private var sources: [DispatchSourceSignal] = []

    /// Records `path` as in flight; false once a termination signal is being handled.
    func register(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return false }
        paths.insert(path)
        return true
    }

    func forget(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// The paths in flight, sorted (for tests).
    var inFlight: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths.sorted()
    }

    func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        // A serial queue of its own gets a thread even while extraction keeps every core busy.
        let queue = DispatchQueue(label: "kgraph.termination")
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler { [unowned self] in self.terminate(sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes every file in flight and ends the process with `sig`'s default action. The lock
    /// is kept, so no new temporary file can be started meanwhile.
    func terminate(_ sig: Int32) {
        lock.lock()
        stopping = true
        for path in paths { unlink(path) }
        paths.removeAll()
        // Die of the signal, as without this handler (libdispatch may block it in this
        // thread, so unblock it first); if that fails, exit with the shell's status for it.
        signal(sig, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(sig)
        _exit(128 + sig)
    }
}
