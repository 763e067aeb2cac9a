import Foundation
import Testing

extension PseudoTerminal {
    /// The browser on the shipped Data in a 100x30 pseudo-terminal, its one release open in the
    /// reader; `changes` are set in (or, nil, taken out of) the test run's environment.
    static func reader(home: TestHome, changes: [String: String?]) throws -> PseudoTerminal {
        var environment = PueblaBinary.environment.merging(home.environment) { $1 }
        for (name, value) in changes { environment[name] = value }
        let terminal = try PseudoTerminal(executable: PueblaBinary.path, arguments: ["--data", PueblaBinary.shippedData],
                                          environment: environment, rows: 30, columns: 100)
        // Words drawn only once the list is indexed, then only by the reader.
        #expect(terminal.read(untilContains: "XV Annual"))
        terminal.send("\r")
        #expect(terminal.read(untilContains: "Officials from"))
        return terminal
    }
}
