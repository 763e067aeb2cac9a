import Foundation
import Testing
@testable import PueblaKit

@Suite("Finding the Data folder")
struct DataLocatorTests {
    /// What `locate` says, or nil when it finds a folder.
    static func message(_ locator: DataLocator) -> String? {
        do {
            _ = try locator.locate()
            return nil
        } catch {
            return error.description
        }
    }

    static func shipped(_ paths: String...) -> [DataLocator.Candidate] {
        paths.map { DataLocator.Candidate(path: $0, origin: .builtFrom, kind: .shipped) }
    }

    @Test("--data names a folder that is not one: the message says why")
    func explicitProblems() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loop = folder + "/loop", other = folder + "/other", file = folder + "/file.txt"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: other)
        try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: loop)
        try Data("text".utf8).write(to: URL(fileURLWithPath: file))

        for (path, reason) in [(folder + "/absent", "does not exist"), (loop, "a loop of symbolic links"), (file, "not a folder")] {
            #expect(Self.message(DataLocator(explicit: path)) == "\(path): no Data folder found; looked in \(path) (--data: \(reason))")
        }
        #expect(try DataLocator(explicit: folder).locate() == folder)
    }

    @Test("the order: --data, else $PUEBLA_DATA alone, else the library in $XDG_DATA_HOME (else ~/.local/share), then the shipped Data; never ./Data")
    func order() {
        let shipped = Self.shipped("/opt/p/share/puebla/Data", "/src/puebla/Data")
        #expect(DataLocator(explicit: "/chosen", environment: ["PUEBLA_DATA": "/env"], shipped: shipped).candidates.map(\.path) == ["/chosen"])
        #expect(DataLocator(explicit: nil, environment: ["PUEBLA_DATA": "/env"], shipped: shipped).candidates
            == [DataLocator.Candidate(path: "/env", origin: .environment, kind: .chosen)])
        #expect(DataLocator(explicit: nil, environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"], shipped: shipped).candidates.map(\.path)
            == ["/x/data/puebla/Data", "/opt/p/share/puebla/Data", "/src/puebla/Data"])
        // Empty or relative XDG variables are ignored, as the specification says.
        for value in ["", "relative/data"] {
            let locator = DataLocator(explicit: nil, environment: ["XDG_DATA_HOME": value, "HOME": "/home/a", "PUEBLA_DATA": ""], shipped: shipped)
            #expect(locator.candidates.first == DataLocator.Candidate(path: "/home/a/.local/share/puebla/Data", origin: .library, kind: .library))
        }
        #expect(!DataLocator(explicit: nil, environment: [:], home: "/h", shipped: shipped).candidates.contains { !$0.path.hasPrefix("/") })
    }

    @Test("the shipped Data: <prefix>/share/puebla/Data beside <prefix>/bin/puebla, then the folder Puebla was built from")
    func shippedCandidates() {
        #expect(DataLocator.shippedCandidates(executable: "/usr/local/bin/puebla", builtFrom: "/src/Data").map(\.path)
            == ["/usr/local/share/puebla/Data", "/src/Data"])
        #expect(DataLocator.shippedCandidates(executable: nil, builtFrom: "/src/Data").map(\.path) == ["/src/Data"])
        #expect(DataLocator.shippedCandidates.last?.path == DataLocator.builtInDataPath)
    }

    @Test("reading: the library when it exists, else the first shipped Data there is; a chosen folder is never passed over")
    func reading() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_DATA_HOME": folder + "/data"]
        let locator = DataLocator(explicit: nil, environment: environment, shipped: Self.shipped(folder + "/installed", TestData.shipped))
        #expect(try locator.locate() == TestData.shipped)
        try FileManager.default.createDirectory(atPath: folder + "/installed", withIntermediateDirectories: true)
        #expect(try locator.locate() == folder + "/installed")
        try FileManager.default.createDirectory(atPath: folder + "/data/puebla/Data", withIntermediateDirectories: true)
        #expect(try locator.locate() == folder + "/data/puebla/Data")

        let absent = folder + "/absent"
        #expect(Self.message(DataLocator(explicit: nil, environment: ["PUEBLA_DATA": absent], shipped: Self.shipped(TestData.shipped)))
            == "\(absent): no Data folder found; looked in \(absent) ($PUEBLA_DATA: does not exist)")
    }

    @Test("a library that is there but is not a folder is an error, not a reason to read the shipped Data")
    func brokenLibrary() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/puebla", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/puebla/Data"))
        let locator = DataLocator(explicit: nil, environment: ["XDG_DATA_HOME": folder], shipped: Self.shipped(TestData.shipped))
        #expect(Self.message(locator)?.contains("(your library: not a folder)") == true)
        #expect(throws: StoreError.self) { try locator.locateForWriting() }
    }

    @Test("writing: the chosen folder; else always the library, with the shipped Data to make it from until it exists")
    func writing() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_DATA_HOME": folder + "/data"]
        let library = folder + "/data/puebla/Data"
        #expect(try DataLocator(explicit: folder, environment: environment).locateForWriting() == .init(path: folder, seed: nil))
        #expect(throws: StoreError.self) { try DataLocator(explicit: folder + "/absent", environment: environment).locateForWriting() }

        let locator = DataLocator(explicit: nil, environment: environment, shipped: Self.shipped(folder + "/installed", TestData.shipped))
        #expect(try locator.locateForWriting() == .init(path: library, seed: TestData.shipped))
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        #expect(try locator.locateForWriting() == .init(path: library, seed: nil))

        let nothingShipped = DataLocator(explicit: nil, environment: ["XDG_DATA_HOME": folder + "/other"], shipped: Self.shipped(folder + "/gone"))
        #expect(throws: StoreError.self) { try nothingShipped.locateForWriting() }
    }
}

@Suite("The user's library")
struct LibraryFolderTests {
    @Test("the first write makes it as a copy of the shipped Data, renamed into place; a second call keeps it as it is")
    func create() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = folder + "/data/puebla/Data"
        // What a copy killed half-way left: removed, since its process is gone.
        let abandoned = folder + "/data/puebla/.Data.999999999.42.tmp"
        try FileManager.default.createDirectory(atPath: abandoned + "/releases", withIntermediateDirectories: true)

        #expect(try LibraryFolder.create(at: library, from: TestData.shipped))
        let store = try StoreLoader.load(from: library)
        #expect(store.releases.map(\.id) == (try StoreLoader.load(from: TestData.shipped)).releases.map(\.id))
        #expect(try FileManager.default.contentsOfDirectory(atPath: library).sorted() == LibraryFolder.items.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/data/puebla") == ["Data"])

        let marker = library + "/releases/marker.txt"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: marker))
        #expect(try !LibraryFolder.create(at: library, from: TestData.shipped))
        #expect(FileManager.default.fileExists(atPath: marker))
    }

    @Test("read-only shipped Data makes a library its owner can write into")
    func writable() throws {
        let folder = TestData.temporaryFolder()
        defer {
            chmod(folder + "/seed/releases", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try FileManager.default.copyItem(atPath: TestData.shipped, toPath: folder + "/seed")
        chmod(folder + "/seed/releases", 0o555)
        try LibraryFolder.create(at: folder + "/library", from: folder + "/seed")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/library/releases")
        #expect(((attributes[.posixPermissions] as? Int) ?? 0) & 0o700 == 0o700)
    }

    @Test("the library's path follows $XDG_DATA_HOME, else ~/.local/share")
    func path() {
        #expect(LibraryFolder.path(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/puebla/Data")
        #expect(LibraryFolder.path(environment: ["HOME": "/home/a"], home: "/h") == "/home/a/.local/share/puebla/Data")
        #expect(LibraryFolder.path(environment: [:], home: "/h") == "/h/.local/share/puebla/Data")
    }
}
