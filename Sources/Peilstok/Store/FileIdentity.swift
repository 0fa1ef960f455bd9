#if canImport(Glibc)
import Glibc
#endif

/// What the file system says of a file, without reading it: when all of it is unchanged (the change time moves on
/// any write, whatever the modification time is set to), so are the file's bytes, and their SHA-256 need not be
/// computed again.
struct FileIdentity: Sendable, Hashable {
    var device: Int64
    var inode: Int64
    var size: Int64
    var modifiedNanoseconds: Int64
    var changedNanoseconds: Int64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = Int64(bitPattern: UInt64(info.st_dev))
        inode = Int64(bitPattern: UInt64(info.st_ino))
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
