import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Peilstok

/// Every entry below the inbox is read or named with the reason it was not.
@Suite struct InboxTests {
    @Test func namesEveryEntryItCannotRead() throws {
        let inbox = try TemporaryDirectory()
        defer { inbox.cleanup() }
        try inbox.write("a.txt", Data("tekst".utf8))
        try inbox.write("x.pdf/b.txt", Data("in een map die x.pdf heet".utf8))
        let path = inbox.url.path
        #expect(symlink("a.txt", path + "/link.txt") == 0)
        #expect(symlink("weg.txt", path + "/dangling.txt") == 0)
        #expect(symlink("loop-b", path + "/loop-a") == 0)
        #expect(symlink("loop-a", path + "/loop-b") == 0)
        #expect(symlink("/etc/hostname", path + "/outside.txt") == 0)
        #expect(symlink("x.pdf", path + "/map") == 0)
        #expect(mkfifo(path + "/pipe.txt", 0o600) == 0)
        let badName = Array((path + "/bad").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = badName.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600) }
        }
        #expect(fd >= 0)
        close(fd)

        let files = try Inbox.files(in: inbox.url, displayName: "Inbox")
        let reasons = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.skipReason ?? "read") })
        #expect(reasons["a.txt"] == "read")
        #expect(reasons["x.pdf/b.txt"] == "read")
        #expect(reasons["link.txt"] == "read")
        #expect(reasons["dangling.txt"] == "a dangling symbolic link")
        #expect(reasons["loop-a"] == "a symbolic link loop")
        #expect(reasons["outside.txt"] == "a symbolic link out of the inbox (not followed)")
        #expect(reasons["map"] == "a symbolic link to a directory or special file (not followed)")
        #expect(reasons["pipe.txt"] == "a FIFO (named pipe), not a file")
        #expect(reasons["bad\u{FFFD}.txt"] == "the file name is not valid UTF-8")
        #expect(files.map(\.name) == files.map(\.name).sorted())
    }
}
