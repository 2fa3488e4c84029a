import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// A file written in pieces, as safely as ``AtomicFile/write(_:to:)``: the pieces go to a
    /// temporary file beside the target, which replaces the target only at ``commit()``; a run
    /// that fails or is killed first leaves no file behind. For outputs too big to hold (one
    /// graph a line for a whole corpus).
    public final class Stream {
        private let path: String
        private let temp: String
        private var fd: Int32
        private var failure: String?

        public init(path: String) throws(ReportFileError) {
            self.path = path
            let url = URL(fileURLWithPath: path)
            (fd, temp) = try AtomicFile.createTemporary(in: url.deletingLastPathComponent().path, for: url.lastPathComponent, target: path)
        }

        /// Appends `data`; a failure is kept and thrown by ``commit()``.
        public func write(_ data: Data) {
            guard failure == nil, fd >= 0 else { return }
            failure = AtomicFile.writeAll(data, to: fd)
        }

        /// Closes the temporary file and renames it over the target.
        public func commit() throws(ReportFileError) {
            guard fd >= 0 else { return }
            if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            fd = -1
            if failure == nil, rename(temp, path) != 0 { failure = String(cString: strerror(errno)) }
            TemporaryFiles.shared.forget(temp)
            if let failure {
                unlink(temp)
                throw ReportFileError("\(path): cannot write: \(failure)")
            }
        }

        /// Removes the temporary file without touching the target.
        public func discard() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
            unlink(temp)
            TemporaryFiles.shared.forget(temp)
        }

        deinit { discard() }
    }
}
