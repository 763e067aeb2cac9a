/// The words generated releases are made of: the common words of a real release first (most
/// frequent by rank), a few accented Spanish ones (so that folding is exercised), then made-up
/// words of two and three syllables, as many as the distinct words of a large archive.
enum CorpusVocabulary {
    static let size = 60_000

    static let common = """
        the of and to in migration regional conference on countries that is for with as are this \
        will be by an at from its their has have it was were not but also all which migrants \
        officials meeting annual member states cooperation information experiences practices \
        consultations promote issues director general ambassador process years discussions \
        related concern dialogue forum members discuss action impact families seminar subject \
        held participants realities family children adolescents coordinator technical secretariat \
        economic psychological social cultural public policies effect address phenomenon \
        experience positive elements order provides support policy direction presidency \
        mandates instructions projects smuggling trafficking return assistance vulnerable behalf \
        creation international organizations civil society border city southern gateway central \
        vice ministers foreign affairs interior senior exchange share best carry out week \
        holding consolidated openly focus follow recent analyzed different especially according \
        can economic mean negative contrary looking maximize logistical receives overall \
        supervision incumbent tempore issued end implements known since observers yearly basis
        """.split(separator: " ").map(String.init)

    static let accented = """
        migración conferencia regional países cooperación protección niños niñas familias \
        México Perú Panamá Canadá Belice Nicaragua Guatemala Honduras región política \
        información población educación integración reunión declaración situación atención
        """.split(separator: " ").map(String.init)

    static let syllables = [
        "ba", "be", "bi", "bo", "bu", "ca", "ce", "co", "da", "de", "di", "do", "fa", "fe", "ga", "go",
        "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "po",
        "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za",
    ]

    static let roles = [
        "Director General", "Deputy Director General", "Chief of Mission", "Minister of Foreign Affairs",
        "Vice Minister of the Interior", "Regional Director", "Head of the Technical Secretariat",
        "Migration Commissioner", "Spokesperson",
    ]

    static let words: [String] = {
        var words = common + accented
        var seen = Set(words)
        func add(_ word: String) {
            if words.count < size, seen.insert(word).inserted { words.append(word) }
        }
        for first in syllables { for second in syllables { add(first + second) } }
        outer: for first in syllables {
            for second in syllables {
                for third in syllables {
                    add(first + second + third)
                    if words.count >= size { break outer }
                }
            }
        }
        return words
    }()
}
