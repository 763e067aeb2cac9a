import Foundation
import PueblaKit

/// What the CLI knows of where it prints: the width to fit, and how to fail.
enum Terminal {
    /// The width of the terminal on stdout, or nil when stdout is not a terminal.
    static var width: Int? {
        if isatty(STDOUT_FILENO) == 0 { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Whether the locale's character set is UTF-8, so that braille and accents can be printed.
    static var supportsUnicode: Bool {
        setlocale(LC_CTYPE, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    static func printLines(_ lines: [String]) {
        for line in lines { print(line) }
    }

    /// Prints `message` on stderr, each line prefixed with the program's name, and exits.
    static func fail(_ message: String, code: Int32) -> Never {
        note(message)
        exit(code)
    }

    /// Prints `message` on stderr, each line prefixed with the program's name and made safe.
    static func note(_ message: String) {
        let text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "puebla: " + SafeText.line(String($0)) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Ends the process for what the argument parser or a command threw, as ArgumentParser's
    /// `exit(withError:)` does (help on stdout with status 0, an error and the usage on stderr with
    /// its status, 64 for a usage error), every line made safe: an argument or a variable that
    /// carries escape codes is quoted harmless, never obeyed by the terminal.
    static func end(with error: Error) -> Never {
        let code = Puebla.exitCode(for: error)
        let message = Puebla.fullMessage(for: error)
        if !message.isEmpty {
            let text = message.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.line(String($0)) }.joined(separator: "\n")
            (code == .success ? FileHandle.standardOutput : FileHandle.standardError).write(Data((text + "\n").utf8))
        }
        exit(code.rawValue)
    }

    /// Every problem of Data that cannot be read, and their count; exits 65 (66 when it is missing).
    static func failOnData(_ error: StoreError, directory: String) -> Never {
        if case .invalid(let problems) = error {
            fail(error.description(in: CommandLanguage.current) + "\n" + Words.current.problems(problems.count, in: directory),
                 code: error.exitCode)
        }
        fail(error.description(in: CommandLanguage.current), code: error.exitCode)
    }

    static func printJSON<Value: Encodable>(_ value: Value) throws {
        FileHandle.standardOutput.write(Data((try json(value) + "\n").utf8))
    }

    /// A JSON array printed an element at a time, byte for byte as `printJSON` prints the whole
    /// array, so that a library's releases are never all held at once.
    static func printJSONArray<Element: Encodable>(_ elements: some Sequence<Element>) throws {
        let output = FileHandle.standardOutput
        var separator = "[\n"
        for element in elements {
            // Nested in the array: each line two spaces further in (an empty array's blank line stays blank).
            let lines = try json(element).split(separator: "\n", omittingEmptySubsequences: false)
            output.write(Data((separator + lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")).utf8))
            separator = ",\n"
        }
        output.write(Data((separator == "[\n" ? "[\n\n]\n" : "\n]\n").utf8))
    }

    /// `value` as pretty JSON with sorted keys, characters a terminal would act on escaped.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return SafeText.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
