import Foundation

#if FUZZING
/// libFuzzer's driver (scripts/fuzz.sh builds with `-sanitize=fuzzer,address -DFUZZING`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `main=<module>_main`, so libFuzzer's own
/// `main` is never used: this one starts its driver. The target is named by KGRAPH_FUZZ_TARGET.
@_cdecl("kgraph_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// The callback libFuzzer's own `main` looks for, should the linker pick that one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.run(target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

private let target = ProcessInfo.processInfo.environment["KGRAPH_FUZZ_TARGET"] ?? "text"
#else
/// Without libFuzzer: replays inputs (crash files, a seed corpus) through one target,
/// `kgraph-fuzz TARGET FILE...`, so a finding can be rerun under the debugger.
@main
struct FuzzReplay {
    static func main() {
        let args = CommandLine.arguments.dropFirst()
        guard let target = args.first, FuzzTargets.names.contains(target) else {
            FileHandle.standardError.write(Data("usage: kgraph-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE...\n".utf8))
            exit(2)
        }
        for path in args.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzTargets.run(target, [UInt8](data))
        }
        print("replayed \(args.count - 1) input(s) through \(target)")
    }
}
#endif
