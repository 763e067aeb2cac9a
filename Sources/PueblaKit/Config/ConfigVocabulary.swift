/// The names in a settings file that the browser defines: the actions keys can be bound to, the
/// keys, and the elements a colour can be given to. The settings are checked against them where
/// they are read, so that `puebla config` and the browser report a wrong name alike, with its line.
public struct ConfigVocabulary: Sendable {
    public let actions: [String]
    /// The named keys ("Up", "PageDown"...), for messages; `isKey` says what is a key.
    public let keyNames: [String]
    public let isKey: @Sendable (String) -> Bool
    public let colorElements: [String]

    public init(actions: [String], keyNames: [String], isKey: @escaping @Sendable (String) -> Bool, colorElements: [String]) {
        self.actions = actions
        self.keyNames = keyNames
        self.isKey = isKey
        self.colorElements = colorElements
    }
}
