import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A connection to the system's SQLite, loaded when first needed (`dlopen`), so that building
/// puebla-bench needs no SQLite headers: where the library is missing, only `fts` fails, and says so.
final class SQLite {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The dozen functions used, found in the library once.
    fileprivate struct Functions {
        typealias Handle = OpaquePointer
        typealias Open = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<Handle?>, Int32, UnsafePointer<CChar>?) -> Int32
        typealias Exec = @convention(c) (Handle, UnsafePointer<CChar>, OpaquePointer?, UnsafeMutableRawPointer?, OpaquePointer?) -> Int32
        typealias Prepare = @convention(c) (Handle, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Handle?>, OpaquePointer?) -> Int32
        // The last argument is SQLite's destructor, given as SQLITE_TRANSIENT (-1): the text is copied.
        typealias BindText = @convention(c) (Handle, Int32, UnsafePointer<CChar>, Int32, Int) -> Int32
        typealias BindInt = @convention(c) (Handle, Int32, Int64) -> Int32
        typealias OnColumn = @convention(c) (Handle, Int32) -> Int32
        typealias OnHandle = @convention(c) (Handle) -> Int32
        typealias ColumnInt = @convention(c) (Handle, Int32) -> Int64
        typealias ColumnText = @convention(c) (Handle, Int32) -> UnsafePointer<UInt8>?
        typealias ErrorMessage = @convention(c) (Handle) -> UnsafePointer<CChar>

        let open: Open
        let close: OnHandle
        let exec: Exec
        let prepare: Prepare
        let bindText: BindText
        let bindInt: BindInt
        let bindNull: OnColumn
        let step: OnHandle
        let reset: OnHandle
        let finalize: OnHandle
        let columnInt: ColumnInt
        let columnText: ColumnText
        let errorMessage: ErrorMessage

        static let loaded: Result<Functions, Failure> = {
            guard let library = dlopen("libsqlite3.so.0", RTLD_NOW) ?? dlopen("libsqlite3.so", RTLD_NOW) else {
                return .failure(Failure(description: "libsqlite3.so.0 cannot be loaded: \(dlerror().map { String(cString: $0) } ?? "not found")"))
            }
            func find<Function>(_ name: String) throws(Failure) -> Function {
                guard let symbol = dlsym(library, name) else { throw Failure(description: "libsqlite3 has no \(name)") }
                return unsafeBitCast(symbol, to: Function.self)
            }
            do throws(Failure) {
                return .success(Functions(
                    open: try find("sqlite3_open_v2"), close: try find("sqlite3_close"), exec: try find("sqlite3_exec"),
                    prepare: try find("sqlite3_prepare_v2"), bindText: try find("sqlite3_bind_text"),
                    bindInt: try find("sqlite3_bind_int64"), bindNull: try find("sqlite3_bind_null"), step: try find("sqlite3_step"),
                    reset: try find("sqlite3_reset"), finalize: try find("sqlite3_finalize"),
                    columnInt: try find("sqlite3_column_int64"), columnText: try find("sqlite3_column_text"),
                    errorMessage: try find("sqlite3_errmsg")))
            } catch {
                return .failure(error)
            }
        }()
    }

    private static let ok: Int32 = 0, row: Int32 = 100, done: Int32 = 101
    private static let readOnly: Int32 = 0x1, readWrite: Int32 = 0x2, create: Int32 = 0x4

    private let functions: Functions
    private let handle: OpaquePointer

    /// Opens (or, unless `readOnly`, creates) the database at `path`.
    init(path: String, readOnly: Bool = false) throws(Failure) {
        functions = try Functions.loaded.get()
        var opened: OpaquePointer?
        let status = functions.open(path, &opened, readOnly ? Self.readOnly : Self.readWrite | Self.create, nil)
        guard let opened else { throw Failure(description: "\(path): SQLite cannot open it (\(status))") }
        handle = opened
        guard status == Self.ok else {
            let message = String(cString: functions.errorMessage(opened))
            _ = functions.close(opened)
            throw Failure(description: "\(path): \(message)")
        }
    }

    deinit {
        _ = functions.close(handle)
    }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws(Failure) {
        guard functions.exec(handle, sql, nil, nil, nil) == Self.ok else { throw failure(sql) }
    }

    func prepare(_ sql: String) throws(Failure) -> Statement {
        var statement: OpaquePointer?
        guard functions.prepare(handle, sql, -1, &statement, nil) == Self.ok, let statement else { throw failure(sql) }
        return Statement(connection: self, handle: statement, sql: sql)
    }

    private func failure(_ sql: String) -> Failure {
        Failure(description: "\(String(cString: functions.errorMessage(handle))) (in \(sql.prefix(80)))")
    }

    /// What a statement's parameters are given.
    enum Value {
        case text(String?)
        case int(Int)
    }

    /// A prepared statement, finalized when released.
    final class Statement {
        private let connection: SQLite
        private let handle: OpaquePointer
        private let sql: String

        fileprivate init(connection: SQLite, handle: OpaquePointer, sql: String) {
            self.connection = connection
            self.handle = handle
            self.sql = sql
        }

        deinit {
            _ = connection.functions.finalize(handle)
        }

        /// Runs the statement with `values` for its parameters and calls `body` with each row.
        func run(_ values: [Value] = [], _ body: (Row) throws(Failure) -> Void = { _ in }) throws(Failure) {
            let functions = connection.functions
            defer { _ = functions.reset(handle) }
            for (offset, value) in values.enumerated() {
                let position = Int32(offset + 1)
                let status = switch value {
                case .text(let text?): functions.bindText(handle, position, text, -1, -1)
                case .text(nil): functions.bindNull(handle, position)
                case .int(let number): functions.bindInt(handle, position, Int64(number))
                }
                guard status == SQLite.ok else { throw connection.failure(sql) }
            }
            while true {
                switch functions.step(handle) {
                case SQLite.row: try body(Row(functions: functions, handle: handle))
                case SQLite.done: return
                default: throw connection.failure(sql)
                }
            }
        }
    }

    /// The current row of a statement, read by column number.
    struct Row {
        fileprivate let functions: Functions
        fileprivate let handle: OpaquePointer

        func int(_ column: Int) -> Int { Int(functions.columnInt(handle, Int32(column))) }

        func text(_ column: Int) -> String? {
            functions.columnText(handle, Int32(column)).map { String(cString: $0) }
        }
    }
}
