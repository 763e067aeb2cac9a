import ArgumentParser
import Foundation
import PueblaKit

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the terminal browser (the default).")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var countryOption: CountryOption

    func run() throws {
        let store = try dataOptions.loadStore()
        _ = countryOption.code(in: store)
        Terminal.fail("the terminal browser is not built yet; use `puebla releases`, `puebla show`, `puebla quotes`, `puebla timeline` or `puebla members`", code: 1)
    }
}
