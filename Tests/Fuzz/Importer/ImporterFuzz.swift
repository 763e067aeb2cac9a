// libFuzzer entry point for the importer: any bytes as a file to import (a scrape, a saved HTML
// page, a feed). Each release must have quotes that point at paragraphs it has and an id that is a
// safe file name; everything else ends in a typed error.
// Built by Tests/Fuzz/run into one module with PueblaKit's and PueblaImport's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let results = try? PageImporter.importFile(bytes, fileName: "fuzz.txt") else { return 0 }
    for case let .success(result) in results { check(result.release) }
    return 0
}

private func check(_ release: Release) {
    precondition(!release.id.isEmpty && !release.id.contains("/") && !release.id.hasPrefix("."), "an unsafe release id")
    for quote in release.quotes {
        precondition(release.paragraphs.indices.contains(quote.paragraph), "a quote points at a missing paragraph")
    }
    for code in release.countries {
        precondition(CountryCode.problem(with: code) == nil, "an unassigned country code")
    }
}
