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
                        await output.send(await apply(stage, to: item))
                    }
                }
            }
        }
        output.finish()
    }

    /// One document through one stage: its output, or the failure it came with or met there.
    static func apply<S: Stage>(_ stage: S, to item: WorkItem<S.Input>) async -> WorkItem<S.Output> {
        switch item.payload {
        case .success(let value):
            do throws(DocumentError) {
                return item.with(.success(try await stage.process(value)))
            } catch {
                return item.with(.failure(error))
            }
        case .failure(let error):
            return item.with(.failure(error))
        }
    }
}
