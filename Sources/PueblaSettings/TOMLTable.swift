import PueblaKit

/// A table of the settings file: its keys in the order written, each with where it stands.
struct TOMLTable: Equatable {
    /// How the table came to be, which decides what may still add to it: TOML lets a table be
    /// defined once, by its `[header]`, by dotted keys or inline, and a header may still define a
    /// table that an earlier header only implied (`[a]` after `[a.b]`).
    enum Origin: Equatable {
        case implied, header, dotted, inline
    }

    var origin: Origin
    private(set) var entries: [TOMLEntry] = []

    init(origin: Origin) {
        self.origin = origin
    }

    subscript(key: String) -> TOMLEntry? {
        entries.first { $0.key == key }
    }

    /// Defines the table a `[header]` names, below this one; `start` is where the header begins.
    /// `path` names this table, for messages.
    mutating func define(header keys: ArraySlice<TOMLKey>, at start: SourceLocation, path: [String] = []) throws(TOMLSyntaxError) {
        guard let key = keys.first else { return }
        let path = path + [key.name]
        let isLast = keys.count == 1
        guard let index = entries.firstIndex(where: { $0.key == key.name }) else {
            var table = TOMLTable(origin: isLast ? .header : .implied)
            try table.define(header: keys.dropFirst(), at: start, path: path)
            entries.append(TOMLEntry(key: key.name, location: start, value: TOMLValue(.table(table), at: start)))
            return
        }
        var table = try subtable(at: index, for: key, path: path)
        if isLast {
            guard table.origin == .implied else {
                let name = Self.name(path), line = entries[index].location.line
                throw TOMLSyntaxError(problem: table.origin == .header ? .tableDefinedTwice(path: name, firstLine: line)
                                          : .tableMadeByDottedKeys(path: name, firstLine: line),
                                      location: key.location)
            }
            table.origin = .header
            entries[index] = TOMLEntry(key: key.name, location: start, value: TOMLValue(.table(table), at: start))
        } else {
            try table.define(header: keys.dropFirst(), at: start, path: path)
            entries[index].value = TOMLValue(.table(table), at: entries[index].value.location)
        }
    }

    /// Sets `keys` (`a.b.c = value`) in this table, making the tables the dots imply; `start` is
    /// where the whole key begins, which is where the entry is said to stand.
    mutating func set(_ keys: ArraySlice<TOMLKey>, to value: TOMLValue, at start: SourceLocation, path: [String]) throws(TOMLSyntaxError) {
        guard let key = keys.first else { return }
        let path = path + [key.name]
        let index = entries.firstIndex { $0.key == key.name }
        if keys.count == 1 {
            if let index {
                throw TOMLSyntaxError(problem: .definedTwice(path: Self.name(path), firstLine: entries[index].location.line),
                                      location: key.location)
            }
            entries.append(TOMLEntry(key: key.name, location: start, value: value))
            return
        }
        guard let index else {
            var table = TOMLTable(origin: .dotted)
            try table.set(keys.dropFirst(), to: value, at: start, path: path)
            entries.append(TOMLEntry(key: key.name, location: start, value: TOMLValue(.table(table), at: start)))
            return
        }
        var table = try subtable(at: index, for: key, path: path)
        guard table.origin == .dotted else {
            throw TOMLSyntaxError(problem: .tableClosedToDottedKeys(path: Self.name(path), line: entries[index].location.line),
                                  location: key.location)
        }
        try table.set(keys.dropFirst(), to: value, at: start, path: path)
        entries[index].value = TOMLValue(.table(table), at: entries[index].value.location)
    }

    /// Runs `body` on the table `names` leads to from this one, each of them a table already.
    mutating func update(_ names: ArraySlice<String>, _ body: (inout TOMLTable) throws(TOMLSyntaxError) -> Void) throws(TOMLSyntaxError) {
        guard let name = names.first else { return try body(&self) }
        guard let index = entries.firstIndex(where: { $0.key == name }), case .table(var table) = entries[index].value.content else { return }
        try table.update(names.dropFirst(), body)
        entries[index].value = TOMLValue(.table(table), at: entries[index].value.location)
    }

    /// The table at `index`, which `key` passes through; a value there, or an inline table (closed
    /// by TOML), is a mistake.
    private func subtable(at index: Int, for key: TOMLKey, path: [String]) throws(TOMLSyntaxError) -> TOMLTable {
        guard case .table(let table) = entries[index].value.content else {
            throw TOMLSyntaxError(problem: .notATable(path: Self.name(path), line: entries[index].location.line),
                                  location: key.location)
        }
        guard table.origin != .inline else {
            throw TOMLSyntaxError(problem: .inlineTableClosed(path: Self.name(path), line: entries[index].location.line),
                                  location: key.location)
        }
        return table
    }

    /// The key's path as a problem shows it, made safe to print.
    private static func name(_ path: [String]) -> String {
        SafeText.line(path.joined(separator: "."))
    }
}

/// A key of a table and its value; `location` is where the key begins (for a table opened by a
/// header, where the header begins).
struct TOMLEntry: Equatable {
    let key: String
    let location: SourceLocation
    var value: TOMLValue
}

/// A value of the settings file and where it begins. Only what the settings need: TOML's floats,
/// dates and times are refused when read.
struct TOMLValue: Equatable {
    enum Content: Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    let content: Content
    let location: SourceLocation

    init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// One part of a dotted key (`theme`, `colors` in `theme.colors`), quotes removed, and where it stands.
struct TOMLKey: Equatable {
    let name: String
    let location: SourceLocation
}

/// Why the file could not be read, and where.
struct TOMLSyntaxError: Error, Equatable {
    let problem: TOMLSyntaxProblem
    let location: SourceLocation
}
