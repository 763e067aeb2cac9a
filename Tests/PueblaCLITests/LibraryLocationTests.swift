import Foundation
import Testing

/// Where Puebla reads and writes without --data: the user's library in $XDG_DATA_HOME, made from
/// the shipped Data on the first write, and the shipped Data found beside an installed binary.
@Suite("The user's library and the shipped Data", .serialized)
struct LibraryLocationTests {
    /// The release files of a Data folder.
    static func releaseFiles(_ data: String) -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: data + "/releases")) ?? []).filter { $0.hasSuffix(".json") })
    }

    @Test("import without --data writes into $XDG_DATA_HOME/puebla/Data, made once from the shipped Data; never into the checkout; the others read it")
    func importWritesToLibrary() throws {
        let home = TestHome()
        let checkout = Self.releaseFiles(PueblaBinary.shippedData)

        let first = try PueblaBinary.run(["import", DataCopy.fixture("10_countries.txt")], environment: home.environment)
        #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
        let created = "puebla: created your library \(home.library) from the shipped Data \(PueblaBinary.shippedData)"
        #expect(first.standardError.components(separatedBy: created).count == 2, "\(first.standardError)")
        let imported = Self.releaseFiles(home.library).subtracting(checkout)
        #expect(imported.count == 1)
        #expect(Self.releaseFiles(PueblaBinary.shippedData) == checkout, "the import wrote into the checkout's Data")

        let second = try PueblaBinary.run(["import", DataCopy.fixture("05_dateline.txt")], environment: home.environment)
        #expect(second.status == 0, "\(second.standardOutput)\(second.standardError)")
        #expect(!second.standardError.contains("created your library"))
        #expect(Self.releaseFiles(home.library).subtracting(checkout).count == 2)
        #expect(Self.releaseFiles(PueblaBinary.shippedData) == checkout)

        let listed = try PueblaBinary.run(["releases"], environment: home.environment)
        #expect(listed.status == 0)
        for file in imported { #expect(listed.standardOutput.contains(String(file.dropLast(5))), "\(listed.standardOutput)") }
        let validate = try PueblaBinary.run(["validate"], environment: home.environment)
        #expect(validate.standardOutput.hasPrefix("\(home.library): OK (\(checkout.count + 2) releases"), "\(validate.standardOutput)")
    }

    @Test("$PUEBLA_DATA still chooses the folder import writes to; no library is made")
    func environmentChoice() throws {
        let home = TestHome()
        let data = try DataCopy()
        let run = try PueblaBinary.run(["import", DataCopy.fixture("10_countries.txt")], environment: home.environment.merging(["PUEBLA_DATA": data.path]) { $1 })
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.releaseFiles(data.path).count == Self.releaseFiles(PueblaBinary.shippedData).count + 1)
        #expect(!FileManager.default.fileExists(atPath: home.library))
    }

    @Test("an installed binary reads <prefix>/share/puebla/Data, installed as the README says, before the folder it was built from")
    func installedBinary() throws {
        let home = TestHome()
        let prefix = home.path + "/prefix"
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try PueblaBinary.install(at: prefix + "/bin/puebla")

        // Without share/ beside it, the binary falls back on the folder it was built from.
        let before = try PueblaBinary.run(["validate"], environment: home.environment, executable: prefix + "/bin/puebla")
        #expect(before.standardOutput.hasPrefix("\(PueblaBinary.shippedData): OK"), "\(before.standardOutput)\(before.standardError)")

        try FileManager.default.createDirectory(atPath: prefix + "/share/puebla", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PueblaBinary.shippedData, toPath: prefix + "/share/puebla/Data")
        let installed = try PueblaBinary.run(["validate"], environment: home.environment, executable: prefix + "/bin/puebla")
        #expect(installed.status == 0, "\(installed.standardError)")
        #expect(installed.standardOutput.hasPrefix("\(prefix)/share/puebla/Data: OK (1 release"), "\(installed.standardOutput)")

        // Reached through a symbolic link (as /usr/bin/puebla -> /opt/puebla/bin/puebla), the same.
        try FileManager.default.createDirectory(atPath: home.path + "/links", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: home.path + "/links/puebla", withDestinationPath: prefix + "/bin/puebla")
        let linked = try PueblaBinary.run(["validate"], environment: home.environment, executable: home.path + "/links/puebla")
        #expect(linked.standardOutput.hasPrefix("\(prefix)/share/puebla/Data: OK"), "\(linked.standardOutput)")

        // The first import makes the library from the installed Data, not from the checkout.
        let imported = try PueblaBinary.run(["import", DataCopy.fixture("10_countries.txt")], environment: home.environment,
                                            executable: prefix + "/bin/puebla")
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("created your library \(home.library) from the shipped Data \(prefix)/share/puebla/Data"))
        #expect(Self.releaseFiles(prefix + "/share/puebla/Data") == Self.releaseFiles(PueblaBinary.shippedData))
    }
}
