/// One document travelling through the pipeline: its place in the batch and what it has become so far.
struct WorkItem<Value: Sendable>: Sendable {
    let index: Int
    let file: InputFile
    let payload: Result<Value, DocumentError>

    func with<Next: Sendable>(_ payload: Result<Next, DocumentError>) -> WorkItem<Next> {
        WorkItem<Next>(index: index, file: file, payload: payload)
    }
}
