/// Sizes in messages: "50 MiB (52428800 bytes)", so a person sees both the scale and the figure.
public enum ByteCount {
    public static func describe(_ count: Int, exact: Bool = true) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        guard let (size, unit) = units.first(where: { count >= $0.0 }) else { return "\(count) bytes" }
        let tenths = (count * 10 + size / 2) / size
        let scaled = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        return "\(scaled) \(unit)" + (exact ? " (\(count) bytes)" : "")
    }
}
