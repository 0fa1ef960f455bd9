import Foundation
import Testing
@testable import Peilstok

/// The environment a worker process starts with: glibc's per-thread allocation cache made larger, unless the user
/// chose its size, and jemalloc preloaded where the system has it, unless the user preloads something (or nothing).
struct WorkerEnvironmentTests {
    @Test func theThreadCacheIsAddedToTheUsersTunablesUnlessTheyChoseItsSize() {
        #expect(WorkerProcess.tunables(nil) == "glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("") == "glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("glibc.malloc.arena_max=2") == "glibc.malloc.arena_max=2:glibc.malloc.tcache_count=1024")
        #expect(WorkerProcess.tunables("glibc.malloc.tcache_count=7") == "glibc.malloc.tcache_count=7")
    }

    @Test func jemallocIsPreloadedUnlessTheUserChoseWhatToPreload() {
        #expect(WorkerProcess.preload(nil, allocator: "/usr/lib/libjemalloc.so.2") == "/usr/lib/libjemalloc.so.2")
        #expect(WorkerProcess.preload("/opt/lib/other.so", allocator: "/usr/lib/libjemalloc.so.2") == "/opt/lib/other.so")
        #expect(WorkerProcess.preload("", allocator: "/usr/lib/libjemalloc.so.2") == "")
        #expect(WorkerProcess.preload(nil, allocator: nil) == nil)
        // Found on this machine as the library the loader would take.
        if let found = WorkerProcess.jemalloc { #expect(found.hasSuffix("/libjemalloc.so.2")) }
    }

    @Test func aStartedWorkerSeesThem() throws {
        let work = try TemporaryDirectory()
        let seen = work.file("tunables")
        // A stand-in worker that writes down the tunables it was given, then ends.
        let worker = try WorkerProcess(executable: URL(filePath: "/bin/sh"),
                                       arguments: ["-c", "printf '%s|%s' \"$GLIBC_TUNABLES\" \"$LD_PRELOAD\" > '\(seen.path).part' && mv '\(seen.path).part' '\(seen.path)'"])
        defer { worker.finish() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: seen.path), Date() < deadline { usleep(10_000) }
        let environment = ProcessInfo.processInfo.environment
        let expected = WorkerProcess.tunables(environment["GLIBC_TUNABLES"]) + "|" + (WorkerProcess.preload(environment["LD_PRELOAD"]) ?? "")
        #expect(try String(contentsOf: seen, encoding: .utf8) == expected)
    }
}
