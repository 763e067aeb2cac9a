import PueblaKit
import PueblaViewModel

extension ConfigVocabulary {
    /// The browser's actions, keys and colour elements, as `config.toml` names them.
    public static let browser = ConfigVocabulary(actions: BindableAction.allCases.map(\.rawValue), keyNames: KeyName.names,
                                                 isKey: { KeyName.key(for: $0) != nil }, colorElements: Theme.elements.keys.sorted())
}
