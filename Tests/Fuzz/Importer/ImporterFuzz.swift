// libFuzzer entry point for the importer: any bytes as a scraped page. Each must end in a release
// whose quotes point at paragraphs it has and whose id is a safe file name, or in a typed error.
// Built by Tests/Fuzz/run into one module with PueblaKit's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let result = try? PageImporter.importPage(bytes, fileName: "fuzz.txt") else { return 0 }
    let release = result.release
    precondition(!release.id.isEmpty && !release.id.contains("/") && !release.id.hasPrefix("."), "an unsafe release id")
    for quote in release.quotes {
        precondition(release.paragraphs.indices.contains(quote.paragraph), "a quote points at a missing paragraph")
    }
    for code in release.countries {
        precondition(CountryCode.problem(with: code) == nil, "an unassigned country code")
    }
    return 0
}
