import Foundation

internal import CLibXML2

/// libxml2, opened the first time a page or feed is read rather than linked into the program:
/// every start (of the browser above all, which never reads markup) would otherwise map it and
/// what it brings (ICU, liblzma, zlib), some 1 MB, and a machine without it could not even browse.
/// Only its headers are compiled against (the package does not link it).
struct LibXML2: Sendable {
    typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> xmlDocPtr?

    let htmlReadMemory: ReadMemory
    let xmlReadMemory: ReadMemory
    let xmlFreeDoc: @convention(c) (xmlDocPtr?) -> Void
    let xmlDocGetRootElement: @convention(c) (UnsafePointer<xmlDoc>?) -> xmlNodePtr?

    /// Why libxml2 cannot be used: the loader's own words (the file not found, a symbol missing).
    struct Unavailable: Error, Sendable {
        let reason: String
    }

    /// The library, opened and initialized once (before threads use it, as libxml2 asks).
    static let shared: Result<LibXML2, Unavailable> = open()

    /// Throws when the library cannot be loaded: a page then says why, rather than that it holds no article.
    static func require() throws(ImportError) {
        if case .failure(let missing) = shared { throw .markupLibraryUnavailable(reason: missing.reason) }
    }

    /// The first of `names` that opens, the runtime package's name first (the development package
    /// adds the bare name).
    static func open(names: [String] = ["libxml2.so.2", "libxml2.so"]) -> Result<LibXML2, Unavailable> {
        func loaderError() -> String { dlerror().map { String(cString: $0) } ?? "unknown error" }
        var opened: UnsafeMutableRawPointer?
        var reasons: [String] = []
        for name in names where opened == nil {
            opened = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if opened == nil { reasons.append(loaderError()) }
        }
        guard let handle = opened else { return .failure(Unavailable(reason: reasons.joined(separator: "; "))) }
        func function<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let initialize = function("xmlInitParser", as: (@convention(c) () -> Void).self),
              let htmlReadMemory = function("htmlReadMemory", as: ReadMemory.self),
              let xmlReadMemory = function("xmlReadMemory", as: ReadMemory.self),
              let xmlFreeDoc = function("xmlFreeDoc", as: (@convention(c) (xmlDocPtr?) -> Void).self),
              let xmlDocGetRootElement = function("xmlDocGetRootElement", as: (@convention(c) (UnsafePointer<xmlDoc>?) -> xmlNodePtr?).self)
        else { return .failure(Unavailable(reason: loaderError())) }
        initialize()
        return .success(LibXML2(htmlReadMemory: htmlReadMemory, xmlReadMemory: xmlReadMemory, xmlFreeDoc: xmlFreeDoc,
                                xmlDocGetRootElement: xmlDocGetRootElement))
    }
}
