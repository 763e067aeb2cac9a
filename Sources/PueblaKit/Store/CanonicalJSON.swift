import Foundation

/// Writes a value as the files in Data/ are written: keys in the order the type encodes them,
/// two-space indent, `"key": value`, nulls kept, UTF-8 unescaped, a newline at the end.
/// (JSONEncoder on Linux does not keep the order of keys.)
public enum CanonicalJSON {
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var output = ""
        write(encoder.root.value, indent: "", to: &output)
        return output + "\n"
    }

    /// A value as it is being built; containers are boxes so that nested encoders can fill them.
    final class Box {
        var value: Node
        init(_ value: Node) { self.value = value }
    }

    indirect enum Node {
        case object([(String, Box)])
        case array([Box])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    private static func write(_ node: Node, indent: String, to output: inout String) {
        switch node {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): output += quoted(text)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                write(item.value, indent: indent + "  ", to: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += indent + "  " + quoted(key) + ": "
                write(value.value, indent: indent + "  ", to: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// An Encoder that keeps keys in the order they are encoded.
private final class TreeEncoder: Encoder {
    let root: CanonicalJSON.Box
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(root: CanonicalJSON.Box = CanonicalJSON.Box(.null)) { self.root = root }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = root.value {} else { root.value = .object([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: root))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array = root.value {} else { root.value = .array([]) }
        return UnkeyedContainer(box: root)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(box: root) }

    /// Encodes `value` into a new box: primitives directly, everything else through its own encode.
    static func node(for value: some Encodable) throws -> CanonicalJSON.Box {
        switch value {
        case let text as String: return CanonicalJSON.Box(.string(text))
        case let flag as Bool: return CanonicalJSON.Box(.bool(flag))
        case let number as Double: return CanonicalJSON.Box(.number(CanonicalJSON.number(number)))
        case let number as Int: return CanonicalJSON.Box(.number(String(number)))
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            return encoder.root
        }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: CanonicalJSON.Box
        var codingPath: [CodingKey] = []

        private func append(_ key: Key, _ child: CanonicalJSON.Box) {
            guard case .object(var members) = box.value else { return }
            members.removeAll { $0.0 == key.stringValue }
            members.append((key.stringValue, child))
            box.value = .object(members)
        }

        mutating func encodeNil(forKey key: Key) throws { append(key, CanonicalJSON.Box(.null)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { append(key, try TreeEncoder.node(for: value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = CanonicalJSON.Box(.object([]))
            append(key, child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let child = CanonicalJSON.Box(.array([]))
            append(key, child)
            return UnkeyedContainer(box: child)
        }
        mutating func superEncoder() -> Encoder { TreeEncoder(root: box) }
        mutating func superEncoder(forKey key: Key) -> Encoder {
            let child = CanonicalJSON.Box(.null)
            append(key, child)
            return TreeEncoder(root: child)
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: CanonicalJSON.Box
        var codingPath: [CodingKey] = []
        var count: Int {
            if case .array(let items) = box.value { return items.count }
            return 0
        }

        private func append(_ child: CanonicalJSON.Box) {
            guard case .array(var items) = box.value else { return }
            items.append(child)
            box.value = .array(items)
        }

        mutating func encodeNil() throws { append(CanonicalJSON.Box(.null)) }
        mutating func encode<T: Encodable>(_ value: T) throws { append(try TreeEncoder.node(for: value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = CanonicalJSON.Box(.object([]))
            append(child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child))
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let child = CanonicalJSON.Box(.array([]))
            append(child)
            return UnkeyedContainer(box: child)
        }
        mutating func superEncoder() -> Encoder {
            let child = CanonicalJSON.Box(.null)
            append(child)
            return TreeEncoder(root: child)
        }
    }

    private struct SingleContainer: SingleValueEncodingContainer {
        let box: CanonicalJSON.Box
        var codingPath: [CodingKey] = []

        mutating func encodeNil() throws { box.value = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { box.value = try TreeEncoder.node(for: value).value }
    }
}
