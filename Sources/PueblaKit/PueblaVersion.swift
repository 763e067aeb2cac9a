/// The version `puebla --version` prints: the one place it is written, changed for each release.
public enum PueblaVersion {
    public static let current = "0.1.0"
}
