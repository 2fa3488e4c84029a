func renderBenchmark(_ args: [String]) async { print("render benchmark: not implemented yet") }
