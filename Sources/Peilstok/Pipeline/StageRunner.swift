import AsyncAlgorithms

/// Runs `workers` copies of a stage between two channels; a failed document passes through untouched.
enum StageRunner {
    static func run<S: Stage>(
        workers: Int,
        make: @Sendable () -> S,
        input: AsyncChannel<WorkItem<S.Input>>,
        output: AsyncChannel<WorkItem<S.Output>>
    ) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, workers) {
                let stage = make()
                group.addTask {
                    for await item in input {
                        switch item.payload {
                        case .success(let value):
                            let result: Result<S.Output, DocumentError>
                            do throws(DocumentError) {
                                result = .success(try await stage.process(value))
                            } catch {
                                result = .failure(error)
                            }
                            await output.send(item.with(result))
                        case .failure(let error):
                            await output.send(item.with(.failure(error)))
                        }
                    }
                }
            }
        }
        output.finish()
    }
}
