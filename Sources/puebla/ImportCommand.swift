import ArgumentParser
import Foundation
import PueblaKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import scraped press pages into Data as releases.",
        discussion: """
            Each page becomes Data/releases/<id>.json, written only when Data with it still \
            validates; countries it mentions that Data lacks are added to countries.json. A page \
            that cannot be imported is reported (exit 65; 66 when the file is missing) and the \
            other pages are still imported.
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: ArgumentHelp("Scraped pages (text files); - reads standard input.", valueName: "file"))
    var files: [String]
    @Flag(name: .long, help: "Show what would be imported; write nothing.")
    var dryRun = false
    @OptionGroup var output: JSONFlag
    @Flag(name: .long, help: "Replace a release with the same id or source.")
    var replace = false

    func run() throws {
        let writer = dryRun ? nil : ReleaseWriter(directory: try dataOptions.locateForWriting().path)
        var failure: Int32?
        var imported: [Release] = []
        for file in files {
            do {
                let result = try importPage(file)
                let outcome = try writer.map { writer in try write(result.release, with: writer) }
                imported.append(result.release)
                if !output.json { report(result, file: file, outcome: outcome) }
            } catch let error as ImportFailure {
                FileHandle.standardError.write(Data("puebla: \(SafeText.line(file)): \(SafeText.line(error.message))\n".utf8))
                failure = failure ?? error.exitCode
            }
        }
        if output.json, !imported.isEmpty {
            print(imported.count == 1 ? try CanonicalJSON.string(imported[0]) : try CanonicalJSON.string(imported), terminator: "")
        }
        if let failure { throw ExitCode(failure) }
    }

    private func importPage(_ file: String) throws -> ImportResult {
        let bytes = try PageReader.read(file)
        do {
            return try PageImporter.importPage(bytes, fileName: PageReader.name(of: file))
        } catch {
            throw ImportFailure(message: error.description, exitCode: error.exitCode)
        }
    }

    private func write(_ release: Release, with writer: ReleaseWriter) throws -> ReleaseWriter.Outcome {
        do {
            return try writer.write(release, replace: replace)
        } catch {
            throw ImportFailure(message: error.description, exitCode: error.exitCode)
        }
    }

    private func report(_ result: ImportResult, file: String, outcome: ReleaseWriter.Outcome?) {
        let release = result.release
        if let outcome {
            let replaced = outcome.replaced.isEmpty ? "" : " (replaces \(outcome.replaced.joined(separator: ", ")))"
            print("\(SafeText.line(file)): imported \(release.id) -> \(SafeText.line(outcome.path))\(replaced)")
        } else {
            print("\(SafeText.line(file)): would import \(release.id) (dry run, nothing written)")
        }
        for line in result.reportLines { print("  " + SafeText.line(line)) }
        if let outcome, !outcome.addedCountries.isEmpty {
            print("  added to \(StoreLoader.countriesFile): \(outcome.addedCountries.joined(separator: " "))")
        }
    }
}

/// Why one page was not imported, and the exit status it calls for.
struct ImportFailure: Error {
    let message: String
    let exitCode: Int32
}

/// Reads a page from a path, or standard input for `-`, refusing what is too large before reading it.
enum PageReader {
    static func name(of file: String) -> String {
        file == "-" ? "stdin" : (file as NSString).lastPathComponent
    }

    static func read(_ file: String) throws -> [UInt8] {
        let limit = ImportError.maximumPageSize
        if file == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readData(ofLength: limit + 1))
            if bytes.count > limit { throw ImportFailure(message: ImportError.tooLarge(bytes: bytes.count).description, exitCode: 65) }
            return bytes
        }
        do {
            return try StoreLoader.readBytes(file, limit: limit, kind: "page")
        } catch {
            throw ImportFailure(message: error.kind == .missing ? "no such file" : error.description, exitCode: error.kind == .missing ? 66 : 65)
        }
    }
}
