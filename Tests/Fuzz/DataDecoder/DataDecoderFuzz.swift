// libFuzzer entry point for the Data decoder: the JSON parser, then every model reader and the
// cross-reference checks the Store runs, then the text a release is shown with. Built by Fuzz/run
// into one module with PueblaKit's sources, so it reaches the same internal readers the Store uses.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let root = try? JSONParser.parse(bytes) else { return 0 }
    let log = ProblemLog()

    // The same node read as a release and as each list file.
    var countries: [Located<Country>] = [], meetings: [Located<Meeting>] = []
    if case .array(let elements) = root.value {
        for (index, element) in elements.enumerated() {
            if let reader = FieldReader(element, path: "[\(index)]", file: "list.json", log: log) {
                if let country = Country(reading: reader) { countries.append(Located(value: country, file: "list.json", reader: reader)) }
                if let meeting = Meeting(reading: reader) { meetings.append(Located(value: meeting, file: "list.json", reader: reader)) }
                _ = Organization(reading: reader)
            }
        }
    }
    let known = ReferenceChecker.Known(countries: countries, meetings: meetings)
    var releases: [Release] = []
    var marks: [ReleaseMarks] = []
    if let reader = FieldReader(root, path: "", file: "releases/fuzz.json", log: log), let release = Release(reading: reader) {
        ReferenceChecker.checkReferences(of: release, reader: reader, known: known)
        releases.append(release)
        marks.append(ReleaseMarks(release, file: "releases/fuzz.json", reader: reader, referenceProblems: []))
    }
    ReferenceChecker(countries: countries, meetings: meetings, releases: marks, log: log).check()

    // Every problem must print safely, every release must show safely.
    for problem in log.problems { checkSafe(SafeText.line(problem.description)) }
    let width = 1 + Int(bytes.first ?? 0) % 120
    for release in releases {
        for text in [release.title] + release.paragraphs + release.quotes.map(\.text) {
            let line = SafeText.line(text)
            checkSafe(line)
            for wrapped in WordWrap.lines(line, width: width) {
                precondition(DisplayWidth.of(wrapped) <= width || wrapped.count == 1, "a wrapped line overflows its width")
            }
        }
    }
    return 0
}

/// Traps (a finding for the fuzzer) when text meant for a terminal still holds a control.
private func checkSafe(_ text: String) {
    for scalar in text.unicodeScalars {
        let v = scalar.value
        precondition(!(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                     "SafeText let U+\(String(v, radix: 16)) through")
    }
}
