#if canImport(Glibc)
import Glibc
#endif

/// A C library opened at run time (`dlopen`) rather than linked, for one that only some documents need (Tesseract and
/// leptonica for OCR, libxml2 for HTML), so that a process pays for loading it only when it is used. It stays open
/// for the life of the process.
package struct SharedLibrary: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    /// The first of `names` that opens, with every symbol bound now and kept to itself; `nil` when none does.
    package init?(firstOf names: [String]) {
        guard let handle = names.lazy.compactMap({ (name: String) in dlopen(name, RTLD_NOW | RTLD_LOCAL) }).first else {
            return nil
        }
        self.handle = handle
    }

    /// The function `name`, as `T`, the `@convention(c)` function type its header declares; `nil` when the library
    /// has none of that name.
    package func function<T>(_ name: String) -> T? {
        dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
    }
}
