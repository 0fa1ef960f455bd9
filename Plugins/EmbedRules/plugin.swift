import Foundation
import PackagePlugin

/// Embeds the package's `Rules/` directory in the module it is applied to, as `EmbeddedRules.swift`: the default
/// rules travel inside the binary, so an installed `peilstok` works from any directory.
@main struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
        let inputs = names.map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [.buildCommand(displayName: "Embedding Rules/ (\(names.count) files)",
                              executable: try context.tool(named: "embed-rules").url,
                              arguments: [output.path] + inputs.map(\.path),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
