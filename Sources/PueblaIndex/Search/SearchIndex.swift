import PueblaKit

/// An in-memory inverted index over a `Store`: releases (title, paragraphs), quotes (text,
/// speaker), meetings (city, theme, host country) and countries (names, code).
///
/// Built once per store and immutable. Compact so that it scales to archives: words are kept once,
/// sorted (so a prefix is a range), and for each word and field the items it occurs in are
/// delta-encoded as variable-length integers, all in one byte array in word order (a prefix reads
/// one stretch of it). Positions are not stored; highlighting rescans the few texts on screen with
/// `SearchQuery.ranges(in:)`.
public struct SearchIndex: Sendable {
    /// The postings searched: one set, or for a library index with a segment, the main file's and
    /// the segment's, each renumbered into the merged list.
    private let parts: [Postings]

    /// A set of postings: words, their lists and the lists' bytes.
    struct Postings: Sendable {
        /// Every folded word, sorted by UTF-8 bytes.
        let words: [String]
        /// `wordLists[w]..<wordLists[w + 1]`: the posting lists of word `w`, one per field it occurs in.
        let wordLists: [UInt32]
        /// For each posting list, the bit number of its field in `SearchFields`.
        let listFields: [UInt8]
        /// `listBounds[l]..<listBounds[l + 1]`: list `l`'s bytes in `bytes`, which are read in place
        /// (from a library index's file, only the lists a search needs are ever read).
        let listBounds: [UInt32]
        let bytes: IndexBytes
        let range: Range<Int>
        /// Per release and per quote numbered in these postings, its number in the search's items,
        /// or -1 for one left out; nil when the numbers are the same.
        private(set) var releaseNumbers: [Int32]?
        private(set) var quoteNumbers: [Int32]?

        /// The postings of `built`, whose bytes are `bytes`' `range` (read in place) when given.
        init(_ built: SearchIndexBuilder.Built, bytes: IndexBytes? = nil, range: Range<Int>? = nil) {
            words = built.words
            wordLists = built.wordLists
            listFields = built.listFields
            listBounds = built.listBounds
            self.bytes = bytes ?? IndexBytes(copying: built.postings)
            self.range = range ?? 0..<built.postings.count
        }

        mutating func renumber(releases: [Int32], quotes: [Int32]) {
            releaseNumbers = releases
            quoteNumbers = quotes
        }

        /// The numbers for lists of the field with bit number `field`.
        func numbers(ofField field: Int) -> [Int32]? {
            SearchFields(rawValue: 1 << field).isDisjoint(with: [.title, .paragraphs]) ? quoteNumbers : releaseNumbers
        }

        /// The postings' bytes, when the stretch `lists` lie in is read and sound.
        fileprivate func read(_ lists: [Tally.List]) -> UnsafeBufferPointer<UInt8>? {
            guard let first = lists.first?.bytes.lowerBound, let last = lists.last?.bytes.upperBound,
                  bytes.ensure((range.lowerBound + first)..<(range.lowerBound + last)) else { return nil }
            return UnsafeRawBufferPointer(rebasing: bytes.buffer[range]).assumingMemoryBound(to: UInt8.self)
        }

        /// The lists of the words in `words` whose field passes `include`, each with where its
        /// field's kind starts in the search's numbering (`bases`).
        fileprivate func lists(of words: Range<Int>, bases: [Int], including include: (Int) -> Bool = { _ in true }) -> [Tally.List] {
            words.flatMap { word in
                (Int(wordLists[word])..<Int(wordLists[word + 1])).compactMap { list in
                    let field = Int(listFields[list])
                    guard include(field) else { return nil }
                    return Tally.List(bytes: Int(listBounds[list])..<Int(listBounds[list + 1]), field: field, base: bases[field],
                                      numbers: numbers(ofField: field))
                }
            }
        }

        /// How many lists of field `field` the words in `words` have, counted up to `limit`.
        fileprivate func listCount(of words: Range<Int>, field: Int, upTo limit: Int) -> Int {
            var count = 0
            for list in Int(wordLists[words.lowerBound])..<Int(wordLists[words.upperBound]) where listFields[list] == field {
                count += 1
                if count == limit { break }
            }
            return count
        }

        /// The range of `words` the query word at `position` matches: one word, or every word that
        /// starts with it when it is still being typed.
        func words(matching query: SearchQuery, at position: Int) -> Range<Int> {
            let word = query.words[position]
            let start = firstIndex { !$0.utf8.lexicographicallyPrecedes(word.utf8) }
            if position == query.words.count - 1 && query.lastWordIsPrefix {
                let end = firstIndex(from: start) { !$0.utf8.starts(with: word.utf8) }
                return start..<end
            }
            return start < words.count && words[start] == word ? start..<(start + 1) : start..<start
        }

        /// Binary search: the first index from `low` where `isPast` holds, given it holds from there on.
        private func firstIndex(from low: Int = 0, where isPast: (String) -> Bool) -> Int {
            var low = low
            var high = words.count
            while low < high {
                let middle = (low + high) / 2
                if isPast(words[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    // Each kind of item is numbered from 0 in store order (quotes in release order); while
    // searching, they share one numbering: releases first, then quotes, meetings and countries.
    private let releaseIDs: [String]
    /// For each quote, the release it belongs to.
    private let quoteReleases: [Int32]
    /// For each release, the number of its first quote.
    private let firstQuotes: [Int32]
    private let meetingIDs: [String]
    private let countryCodes: [String]
    /// The title of the release at a position, as indexed: what a query word that stands for many
    /// title words is checked against, rather than reading all their lists (nil: lists only).
    private let titles: (@Sendable (Int) -> String?)?

    public init(store: Store) {
        var builder = SearchIndexBuilder()
        var quoteReleases: [Int32] = []
        var firstQuotes: [Int32] = []
        for (releaseIndex, release) in store.releases.enumerated() {
            firstQuotes.append(Int32(quoteReleases.count))
            builder.add(ReleaseWords(release), release: releaseIndex, firstQuote: quoteReleases.count)
            quoteReleases += repeatElement(Int32(releaseIndex), count: release.quotes.count)
        }
        for (index, meeting) in store.meetings.enumerated() {
            if let city = meeting.city { builder.add(city, field: .city, item: index) }
            if let theme = meeting.theme { builder.add(theme, field: .theme, item: index) }
            if let code = meeting.country, let country = store.country(code: code) {
                builder.add(country.name, field: .country, item: index)
                builder.add(country.nameEs, field: .country, item: index)
            }
        }
        for (index, country) in store.countries.enumerated() {
            builder.add(country.name, field: .name, item: index)
            builder.add(country.nameEs, field: .nameEs, item: index)
            builder.add(country.code, field: .code, item: index)
        }
        let releases = store.releases
        self.init([Postings(builder.finish())], releaseIDs: releases.map(\.id), quoteReleases: quoteReleases,
                  firstQuotes: firstQuotes, meetingIDs: store.meetings.map(\.id), countryCodes: store.countries.map(\.code),
                  titles: { releases.indices.contains($0) ? releases[$0].title : nil })
    }

    /// An index of `parts`, each read in place, with the releases' titles when given.
    init(_ parts: [Postings], releaseIDs: [String], quoteReleases: [Int32], firstQuotes: [Int32], meetingIDs: [String],
         countryCodes: [String], titles: (@Sendable (Int) -> String?)? = nil) {
        self.parts = parts
        self.titles = titles
        self.releaseIDs = releaseIDs
        self.quoteReleases = quoteReleases
        self.firstQuotes = firstQuotes
        self.meetingIDs = meetingIDs
        self.countryCodes = countryCodes
    }

    /// Where each kind starts in the numbering shared while searching.
    private struct Numbering {
        let quotes: Int
        let meetings: Int
        let countries: Int
        let total: Int

        /// The start of the kind of the field with bit number `field`.
        func base(ofField field: Int) -> Int {
            let fields = SearchFields(rawValue: 1 << field)
            if !fields.isDisjoint(with: [.title, .paragraphs]) { return 0 }
            if !fields.isDisjoint(with: [.text, .speaker]) { return quotes }
            if !fields.isDisjoint(with: [.city, .theme, .country]) { return meetings }
            return countries
        }
    }

    private var numbering: Numbering {
        let meetings = releaseIDs.count + quoteReleases.count
        let countries = meetings + meetingIDs.count
        return Numbering(quotes: releaseIDs.count, meetings: meetings, countries: countries, total: countries + countryCodes.count)
    }

    public func search(_ text: String) -> SearchResults {
        search(SearchQuery(text))
    }

    /// Everything that matches every word of `query`, ranked (see `SearchResults`). Nothing once
    /// `stopped` says so (asked between lists): a search typed over need not run to its end.
    public func search(_ query: SearchQuery, stopped: () -> Bool = { false }) -> SearchResults {
        guard !query.isEmpty else { return SearchResults(query: query) }
        var wordRanges: [[Range<Int>]] = []
        for position in query.words.indices {
            let ranges = parts.map { $0.words(matching: query, at: position) }
            if ranges.allSatisfy(\.isEmpty) { return SearchResults(query: query) }
            wordRanges.append(ranges)
        }
        let numbering = self.numbering
        let bases = SearchFields.named.indices.map(numbering.base(ofField:))
        var tally = Tally(count: numbering.total)
        for (position, ranges) in wordRanges.enumerated() {
            for (part, range) in zip(parts, ranges) {
                let lists = part.lists(of: range, bases: bases)
                // The lists of neighbouring words lie side by side: one stretch of the postings, read
                // from a library index when first needed. A damaged stretch is not counted.
                guard let bytes = part.read(lists) else { continue }
                tally.add(lists, from: bytes, position: position, stopped: stopped)
                if stopped() { return SearchResults(query: query) }
            }
        }
        let all = UInt8(query.words.count)
        func found(_ item: Int) -> (SearchFields, Bool)? {
            guard tally.matchedWords[item] == all else { return nil }
            return (SearchFields(rawValue: tally.fields[item]), tally.headlineSoFar[item] && tally.headlineNow[item])
        }
        var releases = RankedHits<ReleaseHit>()
        for index in releaseIDs.indices {
            guard let (matched, headline) = found(index) else { continue }
            releases.add(ReleaseHit(index: index, id: releaseIDs[index], matched: matched, isTitleMatch: headline), first: headline)
        }
        var quotes = RankedHits<QuoteHit>()
        for number in quoteReleases.indices {
            guard let (matched, headline) = found(numbering.quotes + number) else { continue }
            let release = Int(quoteReleases[number])
            quotes.add(QuoteHit(releaseIndex: release, releaseID: releaseIDs[release], index: number - Int(firstQuotes[release]),
                                matched: matched, isSpeakerMatch: headline), first: headline)
        }
        var meetings = RankedHits<MeetingHit>()
        // Meetings are stored by number: the newest is last.
        for index in meetingIDs.indices.reversed() {
            guard let (matched, headline) = found(numbering.meetings + index) else { continue }
            meetings.add(MeetingHit(index: index, id: meetingIDs[index], matched: matched, isPlaceMatch: headline), first: headline)
        }
        let countries = countryCodes.indices.compactMap { index -> CountryHit? in
            guard let (matched, _) = found(numbering.countries + index) else { return nil }
            return CountryHit(index: index, code: countryCodes[index], matched: matched)
        }
        return SearchResults(query: query, releases: releases.ranked, quotes: quotes.ranked,
                             meetings: meetings.ranked, countries: countries)
    }

    /// How many bytes of postings a search of `query` reads: what it costs, known before it runs.
    public func cost(of query: SearchQuery) -> Int {
        query.words.indices.reduce(0) { total, position in
            total + parts.reduce(0) { sum, part in
                let range = part.words(matching: query, at: position)
                // The lists of a range of words lie side by side in the postings.
                return sum + Int(part.listBounds[Int(part.wordLists[range.upperBound])]) - Int(part.listBounds[Int(part.wordLists[range.lowerBound])])
            }
        }
    }

    /// The first `limit` releases whose title holds every word of `query` and that pass `include`,
    /// newest first: the start of what a search ranks first, with its order, at a cost in proportion
    /// to the releases looked at rather than to the library. The releases are looked at in list
    /// order, a stretch at a time: a query word that stands for a few title words is matched by
    /// reading their titles' lists side by side; one that stands for many (a first letter: thousands)
    /// by reading the title of each release the other words let through, as the index split it.
    /// The search stops where the limit is reached or more than `budget` postings have been read (a
    /// title counts as `titleCost`); when the budget runs out first, the matches given are all those
    /// before the point reached, fewer than `limit`.
    public func titleMatches(_ query: SearchQuery, first limit: Int, budget: Int = 1 << 17,
                             including include: (Int) -> Bool = { _ in true }) -> [ReleaseHit] {
        guard !query.isEmpty, limit > 0, !releaseIDs.isEmpty else { return [] }
        let title = SearchFields.named.firstIndex { $0.0 == .title } ?? 0
        let bases = [Int](repeating: 0, count: SearchFields.named.count)
        let ranges = query.words.indices.map { position in parts.map { $0.words(matching: query, at: position) } }
        // The words read from titles: those of many title lists, when there are titles to read.
        let fromTitles = titles == nil ? [] : ranges.indices.filter { position in
            var lists = 0
            for (part, words) in zip(parts, ranges[position]) {
                lists += part.listCount(of: words, field: title, upTo: TitleCursor.fewLists + 1 - lists)
                if lists > TitleCursor.fewLists { return true }
            }
            return false
        }
        let listed = ranges.indices.filter { !fromTitles.contains($0) }
        var words = ranges.indices.map { position in
            !listed.contains(position) ? [] : zip(parts, ranges[position]).flatMap { part, words in
                part.lists(of: words, bases: bases) { $0 == title }.map { TitleCursor(list: $0, in: part, releases: releaseIDs.count) }
            }
        }
        let all = listed.reduce(UInt32(0)) { $0 | UInt32(1) << $1 }
        // Per release of the stretch, a bit for each query word matched from the lists.
        var marks = [UInt32](repeating: 0, count: min(releaseIDs.count, TitleCursor.longestStretch))
        var stretch = TitleCursor.firstStretch
        var read = 0, titlesRead = 0
        var hits: [ReleaseHit] = []
        var low = 0
        search: while hits.count < limit, read <= budget {
            // A match can be no earlier than where every listed word's lists have all got to.
            for position in listed {
                guard let next = words[position].lazy.compactMap(\.next).min() else { break search }
                low = max(low, next)
            }
            guard low < releaseIDs.count else { break }
            let end = min(low + stretch, releaseIDs.count)
            for position in listed {
                for cursor in words[position].indices {
                    read += words[position][cursor].mark(UInt32(1) << position, in: &marks, from: low, to: end)
                }
            }
            defer {
                for offset in 0..<(end - low) { marks[offset] = 0 }
                low = end
                stretch = min(stretch * 2, marks.count)
            }
            for offset in 0..<(end - low) where marks[offset] == all {
                let release = low + offset
                if !fromTitles.isEmpty {
                    // Titles are read one by one: the budget may run out within the stretch, though
                    // never before the first stretch's titles are read.
                    if read > budget && titlesRead >= TitleCursor.firstStretch { break search }
                    read += Self.titleCost
                    titlesRead += 1
                    guard let text = titles?(release), query.titleHolds(text, wordsAt: fromTitles) else { continue }
                }
                guard include(release) else { continue }
                hits.append(ReleaseHit(index: release, id: releaseIDs[release], matched: .title, isTitleMatch: true))
                if hits.count == limit { break search }
            }
        }
        return hits
    }

    /// What reading a title counts as, in postings read: about what it costs.
    static let titleCost = 64
}

/// How far one title list has been read, in list order: its next release. From a library index the
/// list is read a few kilobytes at a time as it goes, so that a long list (a common word's) is read
/// only as far as the releases looked at.
private struct TitleCursor {
    /// Releases looked at in the first stretch (a first letter finds a screenful there), and in the
    /// longest: each stretch is twice the one before.
    static let firstStretch = 256
    static let longestStretch = 16_384
    /// A query word with more title lists than this is matched by reading titles instead.
    static let fewLists = 16
    /// Bytes of the list made readable at a time (a number takes at most ten).
    private static let readAhead = 4_096

    private let list: Tally.List
    private let bytes: IndexBytes
    /// Where the postings start in `bytes`.
    private let start: Int
    private let postings: UnsafeBufferPointer<UInt8>
    private let releases: Int
    private var offset: Int
    /// The list's bytes before this are read (and sound).
    private var readable: Int
    private var listed = -1
    /// The next release of the list, by list position; nil once the list is done.
    private(set) var next: Int?

    init(list: Tally.List, in part: SearchIndex.Postings, releases: Int) {
        self.list = list
        bytes = part.bytes
        start = part.range.lowerBound
        postings = UnsafeRawBufferPointer(rebasing: part.bytes.buffer[part.range]).assumingMemoryBound(to: UInt8.self)
        self.releases = releases
        offset = list.bytes.lowerBound
        readable = offset
        advance()
    }

    private mutating func advance() {
        next = nil
        let end = list.bytes.upperBound
        while offset < end {
            if readable < end && offset + 10 > readable {
                let upTo = min(end, offset + Self.readAhead)
                // A damaged stretch ends the list here.
                guard bytes.ensure((start + offset)..<(start + upTo)) else { return }
                readable = upTo
            }
            listed += PostingCoding.read(postings, at: &offset)
            var item = listed
            if let numbers = list.numbers {
                // Postings read from an index file are checked only by its checksum.
                guard listed >= 0, listed < numbers.count else { return }
                if numbers[listed] < 0 { continue }
                item = Int(numbers[listed])
            }
            guard item >= 0, item < releases else { return }
            next = item
            return
        }
    }

    /// Marks with `bit` the list's releases before `end`, those from `first` on at `marks[release -
    /// first]` (renumbered lists are in list order too: none comes back after `first`), and says
    /// how many postings it read.
    mutating func mark(_ bit: UInt32, in marks: inout [UInt32], from first: Int, to end: Int) -> Int {
        var read = 0
        while let item = next, item < end {
            if item >= first { marks[item - first] |= bit }
            advance()
            read += 1
        }
        return read
    }
}

/// Per item of the shared numbering, what the words of a query have matched so far: an item is
/// found when every word matched it, and ranks first when every word matched a headline field.
private struct Tally {
    var matchedWords: [UInt8]
    /// Whether every word before the current one matched a headline field.
    var headlineSoFar: [Bool]
    /// Whether the current word matched a headline field.
    var headlineNow: [Bool]
    var fields: [UInt16]

    init(count: Int) {
        matchedWords = [UInt8](repeating: 0, count: count)
        headlineSoFar = [Bool](repeating: true, count: count)
        headlineNow = [Bool](repeating: false, count: count)
        fields = [UInt16](repeating: 0, count: count)
    }

    /// A posting list: its bytes in the postings, its field, where that field's kind starts in the
    /// numbering, and what its items are numbered there (nil: as they are; -1: left out).
    struct List {
        let bytes: Range<Int>
        let field: Int
        let base: Int
        var numbers: [Int32]? = nil
    }

    /// Counts query word `position` in the items of `lists` (every list of every word it stands
    /// for); only items every earlier word matched go on.
    mutating func add(_ lists: [List], from bytes: UnsafeBufferPointer<UInt8>, position: Int, stopped: () -> Bool = { false }) {
        let before = UInt8(position)
        let after = before + 1
        do {
            matchedWords.withUnsafeMutableBufferPointer { matchedWords in
                headlineSoFar.withUnsafeMutableBufferPointer { headlineSoFar in
                    headlineNow.withUnsafeMutableBufferPointer { headlineNow in
                        fields.withUnsafeMutableBufferPointer { fields in
                            for list in lists {
                                if stopped() { return }
                                let bit = UInt16(1) << list.field
                                let isHeadline = SearchFields.headline.rawValue & bit != 0
                                var offset = list.bytes.lowerBound
                                var listed = -1
                                while offset < list.bytes.upperBound {
                                    listed += PostingCoding.read(bytes, at: &offset)
                                    var item = list.base + listed
                                    if let numbers = list.numbers {
                                        // Postings read from an index file are checked only by its checksum.
                                        guard listed >= 0, listed < numbers.count else { break }
                                        if numbers[listed] < 0 { continue }
                                        item = list.base + Int(numbers[listed])
                                    }
                                    guard item >= list.base, item < matchedWords.count else { break }
                                    if matchedWords[item] == before {
                                        matchedWords[item] = after
                                        if position > 0 { headlineSoFar[item] = headlineSoFar[item] && headlineNow[item] }
                                        headlineNow[item] = isHeadline
                                        fields[item] |= bit
                                    } else if matchedWords[item] == after {
                                        headlineNow[item] = headlineNow[item] || isHeadline
                                        fields[item] |= bit
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Hits in two tiers, each kept in the order added.
private struct RankedHits<Hit> {
    private var first: [Hit] = []
    private var rest: [Hit] = []

    mutating func add(_ hit: Hit, first isFirst: Bool) {
        if isFirst { first.append(hit) } else { rest.append(hit) }
    }

    var ranked: [Hit] { first + rest }
}
