import Foundation
import PueblaImport
import PueblaKit

/// The files a command line names for import: a file as it is given (whatever its name: what it
/// is, the importer tells by its content), `-` for standard input, and every page in a folder,
/// recursively, in name order. In a folder, hidden files and folders, a browser's `*_files`
/// folders (a saved page's images, scripts and styles), folders reached through a symbolic link
/// and files whose extension says they are not a page (an image, a style sheet, a script, a PDF,
/// an archive, a font, media) are skipped; the last are counted.
struct PageFiles {
    /// A file to read, or why a folder gave none.
    enum Entry: Sendable {
        case file(String)
        case refused(String, ImportRefusal)
    }

    private(set) var entries: [Entry] = []
    /// Files skipped in folders by their extension.
    private(set) var skipped = 0

    static let notPages: Set<String> = [
        "css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "avif",
        "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "woff", "woff2", "ttf", "otf", "eot",
        "mp3", "mp4", "m4a", "webm", "ogg", "wav", "avi", "mov", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    ]

    init(arguments: [String]) {
        for argument in arguments {
            var status = stat()
            if argument != "-", stat(argument, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                let before = entries.count
                walk(argument)
                if entries.count == before {
                    entries.append(.refused(argument, ImportRefusal(.noPagesInFolder)))
                }
            } else {
                entries.append(.file(argument))
            }
        }
    }

    private mutating func walk(_ folder: String) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            entries.append(.refused(folder, ImportRefusal(.cannotListFolder(error.localizedDescription))))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            var kind = status.st_mode & S_IFMT
            if kind == S_IFLNK {
                // A link to a file is that file; a link to a folder could lead back up: not followed.
                guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
                kind = status.st_mode & S_IFMT
            }
            if kind == S_IFDIR {
                if !name.hasSuffix("_files") { walk(path) }
            } else if Self.notPages.contains((name as NSString).pathExtension.lowercased()) {
                skipped += 1
            } else {
                entries.append(.file(path))
            }
        }
    }
}
