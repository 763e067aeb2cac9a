import PueblaImport
import PueblaKit

extension ImportRefusal {
    /// A refusal the command line words itself: in English for the `--json` report, whose words
    /// are the same in every language, and in the interface's language on the terminal.
    init(exitCode: Int32, _ reason: (any CLIWords) -> String) {
        self.init(reason: reason(English()), localizedReason: reason(Words.current), exitCode: exitCode)
    }
}
