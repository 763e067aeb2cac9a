import PueblaKit

extension English: ImportWords {
    public var emptyPage: String { "the page is empty" }
    public func binaryData(offset: Int) -> String { "binary data, not text (control byte at offset \(offset))" }
    public func invalidUTF8(offset: Int) -> String { "not valid UTF-8 (bad byte at offset \(offset))" }
    public func pageTooLarge(bytes: Int, megabytes: Int) -> String { "page is \(bytes) bytes, larger than the \(megabytes) MB a page may be" }
    public var noArticle: String { "no article found (no paragraphs of text after the site navigation)" }
    public var notAPage: String { "a script or stylesheet, not a page" }
    public var emptyFeed: String { "a feed without items" }
    public func markupLibraryUnavailable(_ reason: String) -> String {
        "cannot read HTML pages or feeds: libxml2 cannot be loaded (\(reason)); install the libxml2 package"
    }
    public func feedItem(_ number: Int, title: String?, reason: String) -> String {
        "feed item \(number)\(title.map { " \"\($0)\"" } ?? ""): \(reason)"
    }
    public func unknownCountry(_ code: String) -> String { "country \(code) is not an ISO 3166-1 code" }
    public func wouldNotValidate(_ problems: String) -> String { "Data would not validate with it: \(problems)" }
    public func notWrittenAfterFailure(_ reason: String) -> String { "not written after an earlier failure (\(reason))" }
    public var noSuchFile: String { "no such file" }
    public var noPagesInFolder: String { "no pages in this folder" }
    public func notWritten(_ reason: String) -> String { "not written: \(reason)" }
    public func cannotListFolder(_ reason: String) -> String { "cannot list the folder: \(reason)" }
    public func planReason(_ reason: ImportPlan.Reason) -> String {
        switch reason {
        case .sameSource(let match): describe(match)
        case .importedEarlier(let match): describe(match) + ", imported earlier in this run"
        case .pageDiffers(let match): describe(match) + "; the page now differs from it: --replace takes the page's version"
        case let .idOfAnotherArticle(id, importedEarlier): "\(id) is the id of another article" + (importedEarlier ? " imported earlier in this run" : "")
        }
    }

    private func describe(_ match: ImportPlan.SourceMatch) -> String {
        switch match {
        case .url(let url): "same source url \(url)"
        case .fileAndArticle(let file): "same source file \(file) and the same article"
        }
    }
    public func note(_ note: ImportNote) -> String {
        switch note {
        case .untitled: "no title line: the first sentence is used as the title"
        case .cutOff: "the page ends mid-sentence: it was cut off"
        }
    }
}
