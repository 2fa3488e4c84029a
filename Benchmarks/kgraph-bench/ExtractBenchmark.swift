func extractBenchmark(_ args: [String]) async { print("extract benchmark: not implemented yet") }
