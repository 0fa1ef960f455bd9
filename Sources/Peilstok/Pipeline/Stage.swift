/// One stage of the pipeline: an actor that turns a typed input into a typed output, or fails for one document.
public protocol Stage: Actor {
    associatedtype Input: Sendable
    associatedtype Output: Sendable

    func process(_ input: Input) async throws(DocumentError) -> Output
}
