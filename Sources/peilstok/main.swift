import PeilstokCLI

await PeilstokCommand.launch()
