/// The language Puebla writes its interface in. A release's own text keeps the language it was
/// written in; this is only what Puebla itself says around it.
public enum InterfaceLanguage: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case spanish = "es"

    /// The language the locale asks for, as gettext reads it: the first of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` that is set and not empty decides; `es`, `es_MX.UTF-8`, `es-419` give Spanish,
    /// anything else (including `C` and `POSIX`) English.
    public static func fromLocale(_ environment: [String: String]) -> InterfaceLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap(Self.init(localeName:)) ?? .english
    }

    /// `es`, `es_MX.UTF-8`, `ES`, `en-GB`; nil for a name that is neither language.
    public init?(localeName: String) {
        let code = localeName.prefix { $0.isLetter }.lowercased()
        guard let language = Self(rawValue: code) else { return nil }
        self = language
    }

    /// The language chosen: `--lang` first, then `language` in the settings, then the locale.
    public static func chosen(option: InterfaceLanguage?, setting: InterfaceLanguage?, environment: [String: String]) -> InterfaceLanguage {
        option ?? setting ?? fromLocale(environment)
    }
}
