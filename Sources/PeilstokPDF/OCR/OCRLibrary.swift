internal import CLeptonica
internal import CTesseract
import Foundation
import Peilstok

/// Tesseract and leptonica, opened (`dlopen`) when a page first needs OCR rather than linked: with the libraries
/// they pull in they are some forty shared objects, which cost every reading process about 14 ms to load, and most
/// documents have a text layer. The headers give the types; each function is looked up once, by name.
struct OCRLibrary: @unchecked Sendable {
    /// The libraries, opened on first use; the reason when they cannot be.
    static let shared: Result<OCRLibrary, OCRLibraryError> = {
        do throws(OCRLibraryError) { return .success(try OCRLibrary()) } catch { return .failure(error) }
    }()

    typealias Handle = OpaquePointer
    typealias Pix = UnsafeMutablePointer<PIX>
    typealias Boxa = UnsafeMutablePointer<BOXA>

    // Tesseract's C API (`tesseract/capi.h`).
    let baseAPICreate: @convention(c) () -> Handle?
    let baseAPIInit3: @convention(c) (Handle?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let baseAPIDelete: @convention(c) (Handle?) -> Void
    let baseAPIEnd: @convention(c) (Handle?) -> Void
    let baseAPISetVariable: @convention(c) (Handle?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let baseAPISetPageSegMode: @convention(c) (Handle?, TessPageSegMode) -> Void
    let baseAPISetImage: @convention(c) (Handle?, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void
    let baseAPISetSourceResolution: @convention(c) (Handle?, Int32) -> Void
    let baseAPISetRectangle: @convention(c) (Handle?, Int32, Int32, Int32, Int32) -> Void
    let baseAPIClear: @convention(c) (Handle?) -> Void
    let baseAPIRecognize: @convention(c) (Handle?, Handle?) -> Int32
    let baseAPIGetIterator: @convention(c) (Handle?) -> Handle?
    let monitorCreate: @convention(c) () -> Handle?
    let monitorDelete: @convention(c) (Handle?) -> Void
    let monitorSetDeadlineMSecs: @convention(c) (Handle?, Int32) -> Void
    let resultIteratorDelete: @convention(c) (Handle?) -> Void
    let resultIteratorGetPageIterator: @convention(c) (Handle?) -> Handle?
    let resultIteratorGetUTF8Text: @convention(c) (Handle?, TessPageIteratorLevel) -> UnsafeMutablePointer<CChar>?
    let resultIteratorWordFontAttributes: @convention(c) (Handle?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                                         UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                                         UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                                         UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> UnsafePointer<CChar>?
    let resultIteratorConfidence: @convention(c) (Handle?, TessPageIteratorLevel) -> Float
    let resultIteratorNext: @convention(c) (Handle?, TessPageIteratorLevel) -> Int32
    let deleteText: @convention(c) (UnsafePointer<CChar>?) -> Void
    let pageIteratorOrientation: @convention(c) (Handle?, UnsafeMutablePointer<TessOrientation>?,
                                                UnsafeMutablePointer<TessWritingDirection>?,
                                                UnsafeMutablePointer<TessTextlineOrder>?, UnsafeMutablePointer<Float>?) -> Void
    let pageIteratorIsAtBeginningOf: @convention(c) (Handle?, TessPageIteratorLevel) -> Int32
    let pageIteratorBoundingBox: @convention(c) (Handle?, TessPageIteratorLevel, UnsafeMutablePointer<Int32>?,
                                                UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                                UnsafeMutablePointer<Int32>?) -> Int32
    // OpenMP (libgomp, which Tesseract links).
    let ompSetNumThreads: @convention(c) (Int32) -> Void
    let ompSetDynamic: @convention(c) (Int32) -> Void
    // Leptonica (`leptonica/allheaders.h`).
    let pixCreate: @convention(c) (Int32, Int32, Int32) -> Pix?
    let pixDestroy: @convention(c) (UnsafeMutablePointer<Pix?>?) -> Void
    let pixGetData: @convention(c) (Pix?) -> UnsafeMutablePointer<UInt32>?
    let pixGetWpl: @convention(c) (Pix?) -> Int32
    let pixGetDepth: @convention(c) (Pix?) -> Int32
    let pixGetWidth: @convention(c) (Pix?) -> Int32
    let pixGetHeight: @convention(c) (Pix?) -> Int32
    let pixFindSkewAndDeskew: @convention(c) (Pix?, Int32, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?) -> Pix?
    let pixConvertTo1: @convention(c) (Pix?, Int32) -> Pix?
    let pixCloseBrick: @convention(c) (Pix?, Pix?, Int32, Int32) -> Pix?
    let pixConnCompBB: @convention(c) (Pix?, Int32) -> Boxa?
    let boxaDestroy: @convention(c) (UnsafeMutablePointer<Boxa?>?) -> Void
    let boxaGetCount: @convention(c) (Boxa?) -> Int32
    let boxaGetBoxGeometry: @convention(c) (Boxa?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?,
                                           UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32
    let setMsgSeverity: @convention(c) (Int32) -> Int32

    /// The names each library goes by, newest first: Debian 12 has `libtesseract.so.5` and `liblept.so.5`; later
    /// leptonica is `libleptonica.so.6`.
    static let tesseractNames = ["libtesseract.so.5", "libtesseract.so"]
    static let leptonicaNames = ["libleptonica.so.6", "liblept.so.5", "libleptonica.so", "liblept.so"]

    private init() throws(OCRLibraryError) {
        guard let tesseract = SharedLibrary(firstOf: Self.tesseractNames) else { throw .missingLibrary(Self.tesseractNames[0]) }
        guard let leptonica = SharedLibrary(firstOf: Self.leptonicaNames) else { throw .missingLibrary(Self.leptonicaNames[0]) }
        func symbol<T>(_ library: SharedLibrary, _ name: String) throws(OCRLibraryError) -> T {
            guard let function: T = library.function(name) else { throw .missingFunction(name) }
            return function
        }
        baseAPICreate = try symbol(tesseract, "TessBaseAPICreate")
        baseAPIInit3 = try symbol(tesseract, "TessBaseAPIInit3")
        baseAPIDelete = try symbol(tesseract, "TessBaseAPIDelete")
        baseAPIEnd = try symbol(tesseract, "TessBaseAPIEnd")
        baseAPISetVariable = try symbol(tesseract, "TessBaseAPISetVariable")
        baseAPISetPageSegMode = try symbol(tesseract, "TessBaseAPISetPageSegMode")
        baseAPISetImage = try symbol(tesseract, "TessBaseAPISetImage")
        baseAPISetSourceResolution = try symbol(tesseract, "TessBaseAPISetSourceResolution")
        baseAPISetRectangle = try symbol(tesseract, "TessBaseAPISetRectangle")
        baseAPIClear = try symbol(tesseract, "TessBaseAPIClear")
        baseAPIRecognize = try symbol(tesseract, "TessBaseAPIRecognize")
        baseAPIGetIterator = try symbol(tesseract, "TessBaseAPIGetIterator")
        monitorCreate = try symbol(tesseract, "TessMonitorCreate")
        monitorDelete = try symbol(tesseract, "TessMonitorDelete")
        monitorSetDeadlineMSecs = try symbol(tesseract, "TessMonitorSetDeadlineMSecs")
        resultIteratorDelete = try symbol(tesseract, "TessResultIteratorDelete")
        resultIteratorGetPageIterator = try symbol(tesseract, "TessResultIteratorGetPageIterator")
        resultIteratorGetUTF8Text = try symbol(tesseract, "TessResultIteratorGetUTF8Text")
        resultIteratorWordFontAttributes = try symbol(tesseract, "TessResultIteratorWordFontAttributes")
        resultIteratorConfidence = try symbol(tesseract, "TessResultIteratorConfidence")
        resultIteratorNext = try symbol(tesseract, "TessResultIteratorNext")
        deleteText = try symbol(tesseract, "TessDeleteText")
        pageIteratorOrientation = try symbol(tesseract, "TessPageIteratorOrientation")
        pageIteratorIsAtBeginningOf = try symbol(tesseract, "TessPageIteratorIsAtBeginningOf")
        pageIteratorBoundingBox = try symbol(tesseract, "TessPageIteratorBoundingBox")
        // libgomp is one of Tesseract's own libraries: found through its handle.
        ompSetNumThreads = try symbol(tesseract, "omp_set_num_threads")
        ompSetDynamic = try symbol(tesseract, "omp_set_dynamic")
        pixCreate = try symbol(leptonica, "pixCreate")
        pixDestroy = try symbol(leptonica, "pixDestroy")
        pixGetData = try symbol(leptonica, "pixGetData")
        pixGetWpl = try symbol(leptonica, "pixGetWpl")
        pixGetDepth = try symbol(leptonica, "pixGetDepth")
        pixGetWidth = try symbol(leptonica, "pixGetWidth")
        pixGetHeight = try symbol(leptonica, "pixGetHeight")
        pixFindSkewAndDeskew = try symbol(leptonica, "pixFindSkewAndDeskew")
        pixConvertTo1 = try symbol(leptonica, "pixConvertTo1")
        pixCloseBrick = try symbol(leptonica, "pixCloseBrick")
        pixConnCompBB = try symbol(leptonica, "pixConnCompBB")
        boxaDestroy = try symbol(leptonica, "boxaDestroy")
        boxaGetCount = try symbol(leptonica, "boxaGetCount")
        boxaGetBoxGeometry = try symbol(leptonica, "boxaGetBoxGeometry")
        setMsgSeverity = try symbol(leptonica, "setMsgSeverity")
    }
}

/// Why OCR cannot run in this process.
enum OCRLibraryError: Error, CustomStringConvertible {
    case missingLibrary(String)
    case missingFunction(String)

    var description: String {
        switch self {
        case .missingLibrary(let name): "\(name) cannot be opened (install tesseract-ocr)"
        case .missingFunction(let name): "the OCR libraries have no \(name)"
        }
    }
}
