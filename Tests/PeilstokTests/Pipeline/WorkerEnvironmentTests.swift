import Foundation
import Testing
@testable import Peilstok

/// The environment a worker process starts with: glibc's per-thread allocation cache made larger, unless the user
/// chose its size.
struct WorkerEnvironmentTests {
    @Test func theThreadCacheIsAddedToTheUsersTunablesUnlessTheyChoseItsSize() {
        #expect(WorkerProcess.tunables(nil) == "glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("") == "glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("glibc.malloc.arena_max=2") == "glibc.malloc.arena_max=2:glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("glibc.malloc.tcache_count=7") == "glibc.malloc.tcache_count=7")
    }

    @Test func aStartedWorkerSeesThem() throws {
        let work = try TemporaryDirectory()
        let seen = work.file("tunables")
        // A stand-in worker that writes down the tunables it was given, then ends.
        let worker = try WorkerProcess(executable: URL(filePath: "/bin/sh"),
                                       arguments: ["-c", "printf '%s' \"$GLIBC_TUNABLES\" > '\(seen.path).part' && mv '\(seen.path).part' '\(seen.path)'"])
        defer { worker.finish() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: seen.path), Date() < deadline { usleep(10_000) }
        let expected = WorkerProcess.tunables(ProcessInfo.processInfo.environment["GLIBC_TUNABLES"])
        #expect(try String(contentsOf: seen, encoding: .utf8) == expected)
    }
}
