/// When two releases are one article: more than half of the paragraphs of the longer one are, word
/// for word, paragraphs of the other (a page edited a little, or a release corrected by hand, is
/// still that article). An import asks it to find a page's release in Data; Data's check asks it
/// to find one article imported twice.
public enum ArticleMatch {
    /// For two lists of paragraphs, or of what stands for them (their hashes, say).
    public static func sameArticle<Paragraph: Hashable>(_ a: [Paragraph], _ b: [Paragraph]) -> Bool {
        let (longer, shorter) = a.count >= b.count ? (a, b) : (b, a)
        var unmatched = Dictionary(shorter.map { ($0, 1) }, uniquingKeysWith: +)
        var shared = 0
        for paragraph in longer where unmatched[paragraph, default: 0] > 0 {
            unmatched[paragraph, default: 0] -= 1
            shared += 1
        }
        return shared * 2 > longer.count
    }
}
