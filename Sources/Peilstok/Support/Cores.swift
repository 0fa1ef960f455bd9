import Foundation

/// The cores this process may use, read once: `ProcessInfo.activeProcessorCount` reads the control group's CPU
/// quota and set from files each time it is asked.
public enum Cores {
    public static let available = ProcessInfo.processInfo.activeProcessorCount
}
