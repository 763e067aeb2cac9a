import Foundation
import Testing
import PueblaCorpus
import PueblaKit
import PueblaViewModel
@testable import PueblaTerminal

/// Keys first: the thread that starts a background job (the browser's loop) keeps its priority,
/// the job's threads run below it.
@Suite("Background job priority", .serialized)
struct LibraryJobPriorityTests {
    /// The nice value of each thread of this process, by thread id.
    static func niceValues() -> [Int32: Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        var values: [Int32: Int32] = [:]
        for task in tasks {
            guard let thread = Int32(task),
                  let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                  let afterName = stat.split(separator: ")").last else { continue }
            // Fields after the name: state is the first, nice the 17th.
            let fields = afterName.split(separator: " ")
            if fields.count > 16, let nice = Int32(fields[16]) { values[thread] = nice }
        }
        return values
    }

    @Test("while the library is indexed in the background, its threads run at nice 10 and the starting thread keeps its own")
    func indexingRunsBelowTheLoop() throws {
        let folder = NSTemporaryDirectory() + "puebla-priority-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusFolder.write(count: 1_500, seed: 7, from: ScreenTests.dataFolder, to: folder + "/Data")
        let loop = try #require(BackgroundPriority.currentThread())
        let before = try #require(Self.niceValues()[loop])
        let job = LibraryJob(dataDirectory: folder + "/Data", indexFile: folder + "/index.bin", words: InterfaceLanguage.english.browserWords)
        var lowered = false
        let deadline = Date().addingTimeInterval(300)
        while job.poll().outcome == nil, Date() < deadline {
            lowered = lowered || Self.niceValues().contains { $0.key != loop && $0.value >= BackgroundPriority.nice }
            usleep(1_000)
        }
        #expect(job.poll().outcome != nil)
        #expect(lowered)
        #expect(Self.niceValues()[loop] == before)
    }

    @Test("a background job's thread is lowered as it starts (nice 10, batch policy), and the threads it spreads its work on run as low")
    func jobThreadsRunLowered() throws {
        let seen = NSCondition()
        nonisolated(unsafe) var values: [Int32]?
        BackgroundPriority.detachThread {
            // Per thread: its nice value and its scheduling policy, as one number.
            let lowered: @Sendable () -> Int32 = { getpriority(__priority_which_t(0), 0) * 100 + sched_getscheduler(0) }
            let own = lowered()
            let spread = [Int32].parallel(count: 16) { _ in lowered() }
            seen.withLock {
                values = [own] + spread
                seen.broadcast()
            }
        }
        let found = try #require(seen.withLock {
            let deadline = Date().addingTimeInterval(120)
            while values == nil, seen.wait(until: deadline) {}
            return values
        })
        #expect(found == [Int32](repeating: BackgroundPriority.nice * 100 + BackgroundPriority.batchPolicy, count: 17))
    }
}
