internal import CLibXML2
import Foundation

/// libxml2's HTML parser, opened (`dlopen`) when the first HTML document is read rather than linked: with the ICU
/// libraries it brings it costs every process about 1.2 ms to load (0.7 ms of each reading process's start beside
/// poppler's), and most runs read no HTML. The headers give the types; each function is looked up once, by name.
struct LibXML2: @unchecked Sendable {
    /// The library, opened on first use; why not, when it cannot be.
    static let shared: Result<LibXML2, LibXML2Error> = {
        do throws(LibXML2Error) { return .success(try LibXML2()) } catch { return .failure(error) }
    }()

    let htmlReadMemory: @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> htmlDocPtr?
    let xmlFreeDoc: @convention(c) (xmlDocPtr?) -> Void

    private init() throws(LibXML2Error) {
        let names = ["libxml2.so.2", "libxml2.so.16", "libxml2.so"]
        guard let library = SharedLibrary(firstOf: names) else { throw .missingLibrary(names[0]) }
        func symbol<T>(_ name: String) throws(LibXML2Error) -> T {
            guard let function: T = library.function(name) else { throw .missingFunction(name) }
            return function
        }
        htmlReadMemory = try symbol("htmlReadMemory")
        xmlFreeDoc = try symbol("xmlFreeDoc")
    }
}

/// Why libxml2 cannot be used in this process.
enum LibXML2Error: Error, CustomStringConvertible {
    case missingLibrary(String)
    case missingFunction(String)

    var description: String {
        switch self {
        case .missingLibrary(let name): "\(name) cannot be opened (install libxml2)"
        case .missingFunction(let name): "libxml2 has no \(name)"
        }
    }
}
