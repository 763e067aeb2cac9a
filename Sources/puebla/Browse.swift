import ArgumentParser
import Foundation
import PueblaKit
import PueblaTerminal

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the terminal browser (the default).")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption
    @Flag(name: .long, help: "Neither read nor write the reading state (read marks, bookmarks, last place).")
    var noState = false

    func run() throws {
        // Refuse before loading anything: a script that runs `puebla` by mistake gets one clear line.
        if let problem = Browser.terminalProblem() { Terminal.fail(problem.description, code: 1) }
        let store = try dataOptions.loadStore()
        let settings = ConfigFile().load()
        let options = Browser.Options(countryFilter: countryOption.code(in: store),
                                      stateFile: noState ? nil : StateFile(),
                                      config: settings.config,
                                      warnings: settings.problems.map(\.description))
        do {
            let status = try Browser.run(store: store, options: options)
            if status != 0 { throw ExitCode(status) }
        } catch let error as Browser.StartError {
            Terminal.fail(error.description, code: 1)
        }
    }
}
