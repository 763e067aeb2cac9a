/// A count with its noun, in the singular for one and the plural otherwise: "1 quote", "2 quotes",
/// "0 countries". Every count a person reads goes through here, so none says "1 quotes".
public enum Plural {
    /// `count` and its noun; `plural` when adding an "s" does not make it ("country", "countries").
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(noun(count, singular, plural))"
    }

    /// The noun alone, for a count printed elsewhere (grouped digits, "500 of 1,204").
    public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
