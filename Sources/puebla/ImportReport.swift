import Foundation
import PueblaImport
import PueblaKit

/// What an import did, or what a dry run predicts it would do, page by page, and in sum. Printed
/// as text or as JSON, with the same fields and notes in both. The JSON is one object whatever
/// the number of pages: `{"data", "createdFrom", "dryRun", "results": [...], "summary"}`.
struct ImportReport: Encodable {
    enum Status: String, Encodable {
        case imported
        case wouldImport = "would import"
        case replaced
        case wouldReplace = "would replace"
        case alreadyThere = "already there"
        case refused
    }

    struct Entry: Encodable {
        let file: String
        let status: Status
        /// The release's id in Data; nil when refused.
        let id: String?
        /// The release file written, or that a dry run would write; nil when nothing is.
        let path: String?
        /// Why this status or id: the source shared with a release in Data, or whose the natural id is.
        let cause: ImportPlan.Reason?
        let addedCountries: [String]
        /// What the importer made of the page, under its id in Data; nil when it gave nothing.
        let result: ImportResult?
        let refusal: ImportRefusal?

        enum CodingKeys: String, CodingKey {
            case file, status, id, path, reason, addedCountries, release, notes, missing, error, exitCode
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(status, forKey: .status)
            try container.encode(id, forKey: .id)
            try container.encode(path, forKey: .path)
            try container.encode(cause.map(English().planReason), forKey: .reason)
            try container.encode(addedCountries, forKey: .addedCountries)
            try container.encode(result?.release, forKey: .release)
            try container.encode(result?.notes ?? [], forKey: .notes)
            try container.encode(result?.missing ?? [], forKey: .missing)
            try container.encode(refusal?.reason, forKey: .error)
            try container.encode(Int(refusal?.exitCode ?? 0), forKey: .exitCode)
        }
    }

    struct Summary: Encodable {
        var imported = 0, replaced = 0, alreadyThere = 0, refused = 0, skipped = 0, exitCode = 0
    }

    /// The Data folder written, or that a dry run would write.
    let data: String
    /// The folder Data is (or would be) made from, when it did not exist.
    let createdFrom: String?
    let dryRun: Bool
    let results: [Entry]
    let summary: Summary

    enum CodingKeys: String, CodingKey { case data, createdFrom, dryRun, results, summary }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(createdFrom, forKey: .createdFrom)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(results, forKey: .results)
        try container.encode(summary, forKey: .summary)
    }

    init(data: String, createdFrom: String?, dryRun: Bool, results: [Entry], skipped: Int) {
        self.data = data
        self.createdFrom = createdFrom
        self.dryRun = dryRun
        self.results = results
        var summary = Summary(skipped: skipped)
        for entry in results {
            switch entry.status {
            case .imported, .wouldImport: summary.imported += 1
            case .replaced, .wouldReplace: summary.replaced += 1
            case .alreadyThere: summary.alreadyThere += 1
            case .refused: summary.refused += 1
            }
        }
        summary.exitCode = Int(results.lazy.compactMap(\.refusal).first?.exitCode ?? 0)
        self.summary = summary
    }

    /// A page's block on standard output, in the interface's language: what happened and each field
    /// found; nothing for a refusal, which is said on standard error. The JSON keeps its codes.
    static func lines(of entry: Entry, words: any CommandWords) -> [String] {
        guard let result = entry.result, let id = entry.id else { return [] }
        let head: String
        switch entry.status {
        case .imported, .wouldImport, .replaced, .wouldReplace: head = "\(words.importStatus(entry.status)) \(id) -> \(entry.path ?? "")"
        case .alreadyThere: head = words.alreadyThere(as: id)
        case .refused: return []
        }
        let reason = entry.cause.map { " (\(words.planReason($0)))" } ?? ""
        let predicted = entry.status == .wouldImport || entry.status == .wouldReplace
        let added = entry.addedCountries.isEmpty ? [] : [words.addedCountries(entry.addedCountries, to: StoreLoader.countriesFile, predicted: predicted)]
        let found = result.fields.map { words.extractedField($0.name, $0.summary) } + result.notes.map(words.importNote)
        return [SafeText.line("\(entry.file): \(head)\(reason)")] + (found + added).map { "  " + SafeText.line($0) }
    }

    /// The closing lines: the counts, the Data folder, and every refusal with its reason.
    func summaryLines(_ words: any CommandWords) -> [String] {
        let head = words.importSummary(summary, dryRun: dryRun, data: data, createdFrom: createdFrom)
        let refusals = results.compactMap { entry in entry.refusal.map { "  \(entry.file): \($0.reason(in: words))" } }
        return ([head] + (refusals.isEmpty ? [] : [words.refusedHeading] + refusals)).map(SafeText.line)
    }
}
