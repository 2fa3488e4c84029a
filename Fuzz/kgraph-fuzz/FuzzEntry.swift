import Foundation

#if FUZZING
/// libFuzzer's entry point (scripts/fuzz.sh builds with `-sanitize=fuzzer,address -DFUZZING`);
/// the target is named by KGRAPH_FUZZ_TARGET.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.run(target, Array(UnsafeBufferPointer(start: data, count: size)))
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
