// libFuzzer entry point for the settings reader: any bytes as config.toml, read as `puebla config`
// reads it. Every problem must name a place inside the file and print safely, and a file read
// without problems must read the same a second time. Built by Tests/Fuzz/run into one module with
// PueblaKit and PueblaSettings (see sources).

private let vocabulary = ConfigVocabulary(actions: ["down", "up", "quit", "search"], keyNames: ["Up", "Down", "Enter"],
                                          isKey: { $0.count == 1 || ["Up", "Down", "Enter"].contains($0) },
                                          colorElements: ["border", "title"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let loaded = ConfigFile.parse(text, file: "config.toml", vocabulary: vocabulary)
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for problem in loaded.problems {
        guard let location = problem.location else { preconditionFailure("a problem without a place: \(problem)") }
        precondition(lines.indices.contains(location.line - 1), "a problem on a line the file does not have: \(problem)")
        let characters = String(decoding: lines[location.line - 1], as: UTF8.self).unicodeScalars.count
        precondition(location.column >= 1 && location.column <= characters + 1, "a problem past its line's end: \(problem)")
        for scalar in problem.description.unicodeScalars {
            precondition(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "a problem prints U+\(String(scalar.value, radix: 16))")
        }
    }
    if loaded.problems.isEmpty {
        precondition(ConfigFile.parse(text, file: "config.toml", vocabulary: vocabulary) == loaded, "read twice, the file reads otherwise")
    }
    return 0
}
